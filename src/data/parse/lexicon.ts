/**
 * The words of archival titles, by class: the grammar's rules ask of each word whether it names an
 * office, a body, a nation, a place, or could be part of a personal name. Kept as plain lists so a
 * curator can read (and extend) what the reader knows; a word in none of them is taken to be part
 * of a name, which is why the lists lean generous: a common word missing here reads as a surname.
 */

/** Build a lower-case lookup from space-separated words. */
function words(text: string): ReadonlySet<string> {
  return new Set(text.trim().toLowerCase().split(/\s+/));
}

/** Heads of an office: "Ambassador", "Secretary", "Member" (singular and plural). */
export const OFFICE_NOUNS = words(`
  ambassador ambassadors envoy envoys minister ministers secretary secretaries chairman chairmen
  chairwoman chair president presidents vice-president premier premiers member members head heads
  chief chiefs director directors deputy deputies commander commanders commander-in-chief
  consul consuls consul-general counsellor counselor counsellors counselors attaché attache
  attachés attaches representative representatives delegate delegates plenipotentiary leader
  leaders official officials spokesman spokesperson spokeswoman chargé charge chargés
  affaires d'affaires general generals marshal marshals admiral colonel lieutenant major captain
  governor mayor chancellor king queen emperor prince princess pope cardinal bishop priest
  archbishop professor congressman congresswoman senator deputy-chief prosecutor procurator
  adviser advisor advisers advisors officer officers agent agents correspondent journalist
  journalists resident editor rector commissar commissioner commissioners inspector
  undersecretary under-secretary secretary-general prime vice first-secretary second-secretary
  third-secretary superintendent administrator ombudsman envoys intermediary liaison
  delegation's generalissimo premier's chief-of-staff minister-president head-of-state
  coordinator negotiator counterpart interpreter translator aide aides assistant
`);

/** Heads of a body: "Ministry", "Embassy", "Committee". */
export const BODY_NOUNS = words(`
  ministry ministries embassy embassies committee committees government governments party parties
  politburo presidium council councils office offices department departments station stations
  mission missions delegation delegations bureau bureaus bureaux division divisions directorate
  directorates commission commissions army armies command commands staff secretariat
  secretariats legation legations consulate consulates union unions league leagues association
  associations federation federations society societies front congress parliament assembly
  assemblies cabinet province provinces leadership headquarters agency agencies service services
  court courts academy institute institutes university newspaper organization organizations
  organisation organisations section sections branch branches group groups corps fleet navy
  district districts region regions administration administrations authority authorities
  foundation club chamber board boards conference conferences plenum session sessions meeting
  team brigade regiment battalion division's company republic kingdom state states center
  centre centres centers guard guards police militia forces force troops unit units
  nations subcommittee sub-committee commissariat soviet soviets junta presidency court household
  church synod chancellery chancery reichstag bundestag duma sejm diet volkskammer
  council's people's peoples workers workers' peasants trade-unions syndicate cooperative
  collective students youth women veterans delegates intelligence counterintelligence
  soldiers sailors officers workers peasants citizens people residents nationals volunteers
  compatriots refugees prisoners representatives participants leaders cadres masses
  talks negotiations summit symposium forum
  co sons söhne brothers bros gebrüder gebr ltd inc gmbh cie verlag buchhandlung publishers
  police directorate's ministry's embassy's committee's government's party's
`);

/** Words that describe an office or a body without naming a person. */
export const BODY_WORDS = words(`
  foreign affairs internal interior home external economic economy cultural culture friendship
  political military defence defense security state national central regional local provincial
  municipal city general supreme federal democratic socialist communist people's popular
  revolutionary republic republican liberal labour labor workers' workers trade industry
  industrial agriculture agricultural planning finance financial justice health education
  science scientific technical technology atomic nuclear energy information international
  overseas relations cooperation co-operation main chief first second third fourth fifth sixth
  seventh eighth ninth tenth 1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th senior junior acting
  executive permanent standing special extraordinary plenipotentiary principal assistant
  affairs' naval air land ground border frontier press news radio television broadcasting
  propaganda agitation public private joint allied united north south east west northern
  southern eastern western far near middle upper lower high higher level high-level
  former late emergency temporary provisional interim transitional general's
  council's commerce commercial transport communications railway railways post posts
  telegraph mines mining oil petroleum construction housing welfare social medical hospital
  secret top confidential strictly urgent personal official unofficial outgoing incoming
  red cross crescent catholic orthodox protestant islamic buddhist roman christian jewish
  parliamentary presidential royal imperial government-level party-level state-level
  ministerial governmental delegations' human rights peace disarmament arms control
  counterintelligence statistics statistical propaganda research analysis studies study
  policy planning operations operational logistics supply supplies procurement personnel
  cadres cadre organisational organizational administrative legal consular diplomatic
  protocol reception liaison chinese-affairs overseas-chinese kwp cc cpsu
`);

/** Adjectives of nations and peoples, and their short forms. */
export const NATIONALITIES = words(`
  soviet russian chinese korean north-korean south-korean japanese american us u.s. british
  english french german east-german west-german polish czech czechoslovak slovak hungarian
  romanian rumanian bulgarian yugoslav yugoslavian albanian mongolian vietnamese
  north-vietnamese south-vietnamese cuban indian pakistani indonesian burmese thai laotian
  cambodian khmer italian spanish portuguese dutch belgian swiss swedish norwegian danish
  finnish austrian greek turkish iranian iraqi syrian egyptian israeli lebanese jordanian
  saudi libyan algerian moroccan tunisian ethiopian somali sudanese kenyan nigerian ghanaian
  guinean malian congolese angolan mozambican south-african mexican brazilian argentine
  argentinian chilean peruvian colombian venezuelan bolivian uruguayan paraguayan
  ecuadorian nicaraguan salvadoran guatemalan canadian australian afghan afghani
  philippine filipino malaysian singaporean taiwanese tibetan ukrainian belarusian
  byelorussian lithuanian latvian estonian georgian armenian azerbaijani kazakh uzbek
  irish scottish welsh icelandic luxembourgish chechen tatar kurdish palestinian
  yemeni kuwaiti qatari omani emirati nepalese sri-lankan ceylonese bangladeshi
  macedonian slovenian croatian serbian bosnian montenegrin moldovan new-zealand
  sino-soviet soviet-chinese soviet-korean sino-korean sino-vietnamese ussr's
`);

/** Countries and their abbreviations, as titles write them after "of", "to" or "in". */
export const COUNTRIES = words(`
  ussr urss soviet-union russia china prc pr korea dprk rok japan usa us u.s. america
  united-states britain england uk france germany gdr frg ddr brd poland prl czechoslovakia
  cssr čssr hungary romania rumania bulgaria yugoslavia sfry albania mongolia mpr vietnam
  viet-nam drv srv cuba india pakistan indonesia burma thailand laos cambodia kampuchea italy
  spain portugal netherlands holland belgium switzerland sweden norway denmark finland
  austria greece turkey iran iraq syria egypt uar israel lebanon jordan libya algeria morocco
  tunisia ethiopia somalia sdr sudan kenya nigeria ghana guinea mali congo zaire angola
  mozambique mexico brazil argentina chile peru colombia venezuela bolivia uruguay paraguay
  ecuador nicaragua canada australia afghanistan philippines malaysia singapore taiwan tibet
  ukraine belarus byelorussia lithuania latvia estonia georgia armenia azerbaijan
  kazakhstan uzbekistan ireland iceland yemen kuwait nepal ceylon bangladesh vatican
  un uno nato cmea comecon oas asean eec ec united-nations europe asia africa america
  eastern-europe western-europe east-asia southeast-asia south-asia middle-east near-east
  far-east latin-america south-america north-america central-america indochina scandinavia
  balkans caribbean pacific atlantic mediterranean baltic third-world
`);

/** Particles inside personal names: "van Well", "García del Solar", "Pereira dos Santos". */
export const NAME_PARTICLES = words(`
  van von der den de del della di da das dos du des le la ter ten bin ibn al el y zu af av
  mac o' st. st san santa abu ben
`);

/** Forms of address and titles dropped before a name ("Cde.", "H.E. Baron", "Prof. Dr."). */
export const HONORIFIC_WORDS = words(`
  cde cde. cdes cdes. comrade comrades com. tov. tov tovarishch genosse genossin gen. mr mr.
  mrs mrs. ms ms. miss dr dr. prof prof. sir lady lord dame baron baroness count
  countess h.e. excellency excellencies herr frau mme mme. madame monsieur mlle
  messrs messrs. rev rev. reverend father brother sister sheikh shaikh emir amir sayyid
  señor senor señora senora signor signora
`);

/** Words of a document's classification and handling, never parties: ", SECRET, Urgent". */
export const CLASSIFICATION_WORDS = words(`
  secret top-secret confidential strictly urgent immediate regular flash priority routine
  personal private unclassified restricted eyes-only ciphered coded copy original
`);

/** Verbs in -ing or participles that open a subject clause: "Requesting a Meeting with X". */
export const CLAUSE_VERBS = words(`
  requesting reviewing protesting reporting regarding concerning implementing informing
  asking expressing proposing discussing describing explaining outlining analysing analyzing
  assessing evaluating summarising summarizing commenting announcing approving agreeing
  refusing rejecting confirming acknowledging thanking congratulating inviting urging
  demanding warning noting criticising criticizing condemning supporting opposing seeking
  suggesting recommending presenting submitting sending providing offering accepting
  declining answering replying responding following discussing covering detailing listing
  raising setting establishing creating planning preparing arranging organising organizing
  calling appealing appointing dismissing recalling returning regarding approved signed
  adopted issued received sent drafted prepared written delivered handed presented
  translated attached enclosed forwarded transmitted concerning against about re referring
  relating pertaining according following preceding after before during since until
  complaining insisting objecting explaining justifying defending clarifying correcting
  updating briefing notifying reminding instructing assuring advising telling
`);

/** Nouns of a message a title says another document carries: "containing a message from X". */
export const MESSAGE_NOUNS = words(`
  message messages letter letters telegram telegrams cable cables note notes reply replies
  request requests report reports memorandum memoranda memo memos statement statements appeal
  appeals proposal proposals text texts answer answers response responses instruction
  instructions information greeting greetings draft drafts declaration directive directives
  communication communications dispatch despatch radiogram radiograms telephonogram
  circular resolution resolutions decision decisions order orders letter's
`);

/** Is this word (any case) in a word class? */
export function isWord(set: ReadonlySet<string>, word: string): boolean {
  return set.has(word.toLowerCase());
}

/**
 * Capitals and cities that diplomatic titles name as places of writing ("Kim Il Sung (Pyongyang)",
 * "Ambassador in Mogadishu"). A registry's own gazetteer adds to it; this list only has to tell a
 * place from a person where the title leaves both open.
 */
export const CITIES = words(`
  moscow leningrad petrograd kiev kyiv minsk tbilisi baku yerevan tashkent alma-ata almaty
  pyongyang seoul peking beijing peiping nanking nanjing shanghai canton guangzhou shenyang
  mukden harbin dalian dairen port-arthur lushun wuhan chongqing chungking xian yanan yenan
  tokyo osaka kyoto hanoi saigon haiphong vientiane phnom-penh bangkok rangoon yangon
  jakarta djakarta manila kuala-lumpur singapore colombo delhi new-delhi karachi islamabad
  kabul tehran teheran baghdad damascus beirut amman jerusalem tel-aviv cairo alexandria
  tripoli tunis algiers rabat khartoum addis-ababa mogadishu nairobi dar-es-salaam lagos
  accra conakry bamako dakar kinshasa leopoldville brazzaville luanda maputo lusaka harare
  salisbury pretoria johannesburg cape-town berlin bonn pankow munich hamburg frankfurt
  leipzig dresden vienna prague bratislava budapest warsaw krakow gdansk bucharest sofia
  belgrade zagreb ljubljana tirana tirane athens ankara istanbul rome milan naples paris
  marseille lyon london edinburgh dublin brussels amsterdam the-hague luxembourg bern berne
  geneva zurich stockholm oslo copenhagen helsinki reykjavik madrid barcelona lisbon
  washington new-york lake-success boston chicago san-francisco los-angeles ottawa montreal
  toronto havana mexico-city guatemala managua san-salvador panama bogota caracas quito lima
  la-paz santiago buenos-aires montevideo asuncion brasilia rio rio-de-janeiro sao-paulo
  ulan-bator ulaanbaatar urumqi lhasa hong-kong macao macau taipei canberra sydney
  wellington crimea yalta potsdam panmunjom kaesong
`);

/** Names for a party the source does not know: never one node joining unrelated letters. */
export const PLACEHOLDER =
  /^(?:unknown|unbekannt|unbekannte[rn]?|anonymous|anonym|anonyme|anonimo|anónimo|anonymus|n\.\s?n\.?|nn|n\.n|\?+|\[\?\]|unidentified|unnamed|inconnu|inconnue|ignoto|ignota|sconosciuto|desconocido|onbekend|okänd|redacted|\(redacted\)|various|several|diverse|verschiedene|(?:and\s+)?others?|(?:and\s+)?other\s+[\p{L}'’ -]+|correspondent unknown|name unknown|unknown (?:person|sender|recipient|addressee|author))(?:\s*\(\d+\))?$/iu;

/** correspSearch's URI for a party the edition could not identify. */
export const UNKNOWN_AUTHORITY = /^https?:\/\/(?:www\.)?correspsearch\.net\/unknown\/?$/i;

/** Verbs of a headline whose subject sent the document: "Brazilian Ambassador to Bonn Reports on …". */
export const HEADLINE_VERBS = words(`
  reports informs writes asks requests proposes discusses says explains conveys transmits notes
  warns suggests expresses describes thanks congratulates complains protests announces agrees
  refuses replies responds answers urges recommends demands insists confirms denies outlines
  assesses summarizes summarises comments appeals invites presents
`);

/** Verbs after "to" that make it an infinitive, not an addressee: "Proposal to Exploit …". */
export const INFINITIVE_VERBS = words(`
  establish create send provide exploit withdraw build organise organize hold take give make
  grant allow open close increase reduce stop begin end resume support oppose accept reject
  recognise recognize recall release return transfer deliver pay use ensure prevent
  investigate study strengthen expand improve develop discuss consider examine prepare
  conclude sign ratify approve adopt implement carry form set convene restore normalize
  normalise settle resolve solve avoid help assist aid defend protect attack invade occupy
  leave enter visit meet receive be have do go come keep obtain acquire purchase buy sell
  export import produce supply train arm equip change revise extend renew cancel suspend
  terminate continue maintain inform request ask invite propose
`);

/** Verbs whose object is the one addressed: "telling Stalin of the losses". */
export const ADDRESSING_WORDS = words(`
  telling informing asking urging advising warning notifying reminding instructing assuring
  thanking congratulating briefing updating
`);
