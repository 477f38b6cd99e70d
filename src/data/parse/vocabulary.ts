/**
 * The words archival titles use for document types, modifiers, honorifics, offices, media and
 * topics. Kept as data so curators can read what the parser knows.
 */

/** Document type phrases (longest first matters: "Cable Telegram" before "Cable"), → normal type. */
export const DOCUMENT_TYPES: readonly (readonly [RegExp, string])[] = [
  [
    /^(?:record|minutes|memorandum|memo|notes?|transcript|summary|protocol) of (?:a |the )?(?:conversations?|talks?|discussions?)\b/i,
    'conversation',
  ],
  [/^conversations?\b/i, 'conversation'],
  [/^minutes\b/i, 'minutes'],
  [/^cable telegrams?\b/i, 'cable'],
  [/^ciphered (?:telegrams?|cables?)\b/i, 'ciphered telegram'],
  [/^coded (?:telegrams?|cables?)\b/i, 'ciphered telegram'],
  [/^telephone messages?\b/i, 'telephone message'],
  [/^telephonograms?\b/i, 'telephone message'],
  [/^radiograms?\b/i, 'radiogram'],
  [/^telegrams?\b/i, 'telegram'],
  [/^cables?\b/i, 'cable'],
  [/^letters?\b/i, 'letter'],
  [/^memorand(?:um|a)\b/i, 'memorandum'],
  [/^memos?\b/i, 'memorandum'],
  [/^notes?\b/i, 'note'],
  [/^reports?\b/i, 'report'],
  [/^agreements?\b/i, 'agreement'],
  [/^protocols?\b/i, 'protocol'],
  [/^treaty\b/i, 'treaty'],
  [/^resolutions?\b/i, 'resolution'],
  [/^decrees?\b/i, 'decree'],
  [/^decisions?\b/i, 'decision'],
  [/^directives?\b/i, 'directive'],
  [/^instructions?\b/i, 'instructions'],
  [/^orders?\b/i, 'order'],
  [/^statements?\b/i, 'statement'],
  [/^speech\b/i, 'speech'],
  [/^messages?\b/i, 'message'],
  [/^dispatch(?:es)?\b|^despatch(?:es)?\b/i, 'dispatch'],
  [/^information\b/i, 'information'],
  [/^records?\b/i, 'record'],
  [/^diary\b|^journal\b/i, 'diary'],
  [/^appeal\b/i, 'appeal'],
  [/^request\b/i, 'request'],
];

/** Words before a type that describe the copy or its handling; kept as notes. */
export const TYPE_MODIFIERS =
  /^(?:(?:excerpt|extract|copy|draft|translation|summary)s? (?:from|of) |(?:incoming|outgoing|ciphered|coded|handwritten|typed|top secret|secret|urgent|personal|official|special|confidential|unofficial|draft|copy of|excerpt|abridged|final|joint|soviet-\w+|sino-\w+|\w+-\w+) )/i;

/** Honorifics and forms of address dropped before a name ("Cde. Stalin" → "Stalin"). */
export const HONORIFICS =
  /^(?:cde\.?|cdes\.?|comrade|comrades|tov\.|dr\.?|mr\.?|mrs\.?|ms\.?|sir|madame|mme\.?|generalissimo|chairman|marshal|general|colonel|lieutenant|major|admiral|captain|president|premier|prime minister|secretary-general|secretary general|secretary|ambassador|minister|foreign minister|deputy foreign minister|vice premier|comrade chairman)\s+/i;

/** Nouns naming an office or body; "Ambassador to France" is one office, not "Ambassador" → "France". */
export const OFFICE_NOUNS =
  /\b(?:ambassador|envoy|minister|representative|delegate|delegation|mission|consul|consul general|plenipotentiary|attaché|attache|adviser|advisor|embassy|legation|consulate|counsellor|counselor|chargé d'affaires|charge d'affaires|military attaché|trade representative)$/i;

/** Adjectives that may precede an office noun before a personal name ("Soviet Ambassador Shtykov"). */
export const OFFICE_PREFIX =
  /^((?:(?:soviet|chinese|korean|north korean|south korean|american|us|u\.s\.|british|french|indian|mongolian|polish|czechoslovak|hungarian|deputy|first deputy|acting|vice|foreign|prime|chief|senior)\s+)*(?:ambassador|envoy|minister|foreign minister|representative|consul|premier|chairman|secretary|commander|counsellor|counselor|adviser|advisor|general|marshal))\s+(?=\p{Lu})/iu;

/** Countries and bodies that follow "to" in an office title ("Ambassador to France"). */
export const OFFICE_DESTINATIONS =
  /^(?:the\s+)?(?:france|china|the prc|prc|korea|north korea|south korea|the dprk|dprk|the rok|rok|the ussr|ussr|the soviet union|soviet union|the united states|united states|the us|the usa|usa|the united nations|united nations|the un|un|japan|great britain|britain|the uk|uk|england|mongolia|the mpr|india|poland|czechoslovakia|hungary|romania|rumania|bulgaria|yugoslavia|albania|east germany|the gdr|gdr|germany|italy|vietnam|the drv|burma|indonesia|pakistan|switzerland|sweden|austria|finland|turkey|iran|egypt)\b/i;

/** Transmission channels that look like names after "via" but are not people. */
export const MEDIA =
  /^(?:vch|v\.ch\.|hf|high[- ]frequency(?: line| telephone)?|telephone|telegraph|teletype|radio|wire|cable|courier|diplomatic pouch|pouch|diplomatic mail|special line|special communication(?:s)?|baudot|morse|telex|fax|mail|post|air mail|airmail|diplomatic courier)$/i;

/** Words that open a topic: what follows names the subject, not a party. */
export const TOPIC_MARKER =
  /\s+(?:on|regarding|concerning|about|re:?|with regard to|in regard to|in connection with|relating to|in reply to|in response to|in answer to|pertaining to|as to)\s+/i;

/** A clause that starts with a topic marker. */
export const TOPIC_CLAUSE =
  /^(?:on|regarding|concerning|about|re:?|with regard to|in regard to|in connection with|relating to|in reply to|in response to|in answer to|pertaining to|as to)\s+/i;

/** "containing a message from X", "Transmitting Letter from X": X authored the carried message. */
export const RELAY_CLAUSE =
  /^(?:containing|transmitting|enclosing|forwarding|conveying|relaying|passing on|passing along|attaching|with|including)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:messages?|letters?|telegrams?|cables?|notes?|reply|replies|requests?|reports?|memorand(?:um|a)|statements?|appeals?|proposals?|texts?|answers?|responses?|instructions?|information|greetings?)\s+(?:from|of|by)\s+(.+)$/iu;

/** Where a relay clause may start without a comma before it. */
export const RELAY_BOUNDARY =
  /\s+(?=(?:containing|transmitting|enclosing|forwarding|conveying|relaying|passing on|attaching)\s)/i;

/** Verbs whose object is a recipient: "from Kim Il Sung telling Stalin of the losses". */
export const ADDRESSING_VERB =
  /\s+(?:telling|informing|asking|urging|advising|warning|notifying|reminding|instructing|assuring|thanking|congratulating|briefing|updating|requesting of)\s+/i;

/** Words ending a name phrase introduced by an addressing verb. */
export const ADDRESSEE_END =
  /\s+(?:of|about|that|on|to|regarding|concerning|for|with|in|whether|how|why|what)\s+|[,;:]/i;

/** Bracket contents that are editorial notes, not names. */
export const NOTE_BRACKET =
  /^(?:[\p{L}-]+\s+)?(?:translation|transl\.|original|copy|draft|excerpt|extract|abridged|summary|unofficial translation|handwritten|typed|fragment|incomplete|attachment|enclosure|not sent|unsent|continued|cont\.|sic|partial|illegible)$|^(?:no date|undated|n\.d\.)$/iu;

/** Sequence markers such as "(1)", "(II)", "(Part 2)". */
export const SEQUENCE_MARKER = /^(?:part\s+)?(?:\d{1,3}|[ivxlc]{1,6})$/i;

/** Pronouns that an addressing verb may take instead of a name. */
export const PRONOUN = /^(?:him|her|them|it|us|me|you|himself|herself|themselves)$/i;

/** Number markers: "No.", "no.", "Nos.", "Nº", "№", "#". */
export const NUMBER_MARKER =
  /^\s*(?:nos?\.?|n[º°o]\.?|№|#|number)\s*([0-9][0-9A-Za-z/]*(?:\s*(?:[-–,]|and|&)\s*[0-9][0-9A-Za-z/]*)*)/i;
