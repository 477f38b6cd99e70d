/**
 * The phrases archival titles use for document types, their modifiers, media, topics, relayed
 * messages and editorial notes. Kept as data so curators can read what the parser knows; single
 * words by class are in lexicon.ts.
 */

/** A document type and whether it records a conversation (its parties are participants). */
export interface DocumentType {
  pattern: RegExp;
  type: string;
  conversation: boolean;
}

/** Nouns of a conversation or meeting, singular and plural. */
export const CONVERSATION_NOUN = String.raw`(?:conversations?|discussions?|talks?|meetings?|audiences?|interviews?|receptions?|negotiations?|consultations?|exchanges? of views|visits?)`;

/** Words that may stand between a record's noun and the conversation noun: "of the Fourth". */
// The words between hold no role or topic word: "Report from X regarding talks with Y" is X's report.
const RECORD_LINK = String.raw`(?:\s+(?:of|on|from|about|concerning|regarding)(?:\s+(?:a|an|the))?(?:\s+(?!(?:of|on|from|to|with|about|concerning|regarding|and)\b)[\p{L}\d-]+){0,3}?\s+)`;

const RECORD_NOUN = String.raw`(?:records?|minutes|memorand(?:um|a)|memos?|notes?|transcripts?|summary|summaries|protocol|information|report|excerpts?|extracts?|account|stenographic record|stenographic transcript|addition)`;

/** Type phrases, longest first ("Cable Telegram" before "Cable"), each to a normal type. */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  {
    pattern: new RegExp(String.raw`^${RECORD_NOUN}${RECORD_LINK}${CONVERSATION_NOUN}\b`, 'iu'),
    type: 'conversation',
    conversation: true,
  },
  {
    pattern: new RegExp(String.raw`^${CONVERSATION_NOUN}\b`, 'i'),
    type: 'conversation',
    conversation: true,
  },
  {
    pattern: /^(?:stenographic\s+)?(?:minutes|transcripts?)\b/i,
    type: 'minutes',
    conversation: false,
  },
  { pattern: /^cable telegrams?\b/i, type: 'cable', conversation: false },
  {
    pattern: /^(?:ciphered|coded|cipher) (?:telegrams?|cables?)\b/i,
    type: 'ciphered telegram',
    conversation: false,
  },
  {
    pattern: /^(?:telephone messages?|telephonograms?)\b/i,
    type: 'telephone message',
    conversation: false,
  },
  { pattern: /^radiograms?\b/i, type: 'radiogram', conversation: false },
  { pattern: /^airgrams?\b/i, type: 'airgram', conversation: false },
  { pattern: /^telegrams?\b/i, type: 'telegram', conversation: false },
  { pattern: /^cables?\b/i, type: 'cable', conversation: false },
  { pattern: /^letters?\b/i, type: 'letter', conversation: false },
  {
    pattern: /^(?:note verbale|notes verbales|verbal notes?)\b/i,
    type: 'note verbale',
    conversation: false,
  },
  {
    pattern: /^(?:memorand(?:um|a)|memos?|aide[- ]m[ée]moire)\b/i,
    type: 'memorandum',
    conversation: false,
  },
  { pattern: /^notes?\b/i, type: 'note', conversation: false },
  { pattern: /^reports?\b/i, type: 'report', conversation: false },
  {
    pattern: /^(?:agreements?|treaty|treaties|accords?|conventions?)\b/i,
    type: 'agreement',
    conversation: false,
  },
  { pattern: /^protocols?\b/i, type: 'protocol', conversation: false },
  { pattern: /^resolutions?\b/i, type: 'resolution', conversation: false },
  {
    pattern: /^(?:decrees?|decisions?|directives?|instructions?|orders?)\b/i,
    type: 'directive',
    conversation: false,
  },
  {
    pattern: /^(?:statements?|declarations?|communiqu[ée]s?|announcements?)\b/i,
    type: 'statement',
    conversation: false,
  },
  {
    pattern: /^(?:speech(?:es)?|remarks|address|interventions?|toasts?)\b/i,
    type: 'speech',
    conversation: false,
  },
  {
    pattern: /^(?:messages?|replies|reply|answers?|responses?|greetings?)\b/i,
    type: 'message',
    conversation: false,
  },
  {
    pattern: /^(?:dispatch(?:es)?|despatch(?:es)?|circulars?)\b/i,
    type: 'dispatch',
    conversation: false,
  },
  {
    pattern: /^(?:proposals?|requests?|appeals?|petitions?|applications?)\b/i,
    type: 'request',
    conversation: false,
  },
  { pattern: /^information\b/i, type: 'information', conversation: false },
  {
    pattern:
      /^(?:summary|summaries|assessments?|analysis|analyses|reviews?|comments?|briefs?|briefings?|studies|study)\b/i,
    type: 'report',
    conversation: false,
  },
  { pattern: /^records?\b/i, type: 'record', conversation: false },
  { pattern: /^(?:diary|journal|daybook|notebook)\b/i, type: 'diary', conversation: false },
];

/** Words before a type that describe the copy or its handling; kept as notes when they say so. */
export const TYPE_MODIFIERS =
  /^(?:(?:excerpts?|extracts?|copy|copies|draft|translation|summary|fragments?|addition|annex|attachment|supplement|appendix|enclosure)\s+(?:from|of|to)\s+(?:(?:a|an|the)\s+)?|(?:incoming|outgoing|ciphered|coded|handwritten|hand-carried|typed|typewritten|oral|verbal|top secret|secret|strictly secret|urgent|personal|official|unofficial|confidential|internal|informal|formal|special|draft|copy of|excerpt|abridged|final|joint|preliminary|working|stenographic|political|liaison|untitled|undated|unsigned|signed|original|\p{L}+-\p{L}+|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)))\s+)/iu;

/** Modifiers worth keeping as notes: how the copy came down to us, not its direction. */
export const NOTE_MODIFIERS =
  /^(?:draft|excerpt|extract|copy|translation|summary|handwritten|hand-carried|oral|verbal|abridged|fragment|addition|annex|attachment|supplement|appendix|enclosure|unsigned|untitled)/i;

/** Transmission channels that look like names after "via" but are not people. */
export const MEDIA =
  /^(?:vch|v\.ch\.|hf|high[- ]frequency(?: line| telephone)?|telephone|telegraph|teletype|radio|wire|cable|courier|diplomatic pouch|pouch|diplomatic mail|special line|special communication(?:s)?|baudot|morse|telex|fax|mail|post|air mail|airmail|diplomatic courier|diplomatic channels?)$/i;

export const TOPIC_WORDS = String.raw`on|regarding|concerning|about|re:?|with regard to|in regard to|in connection with|relating to|related to|in reply to|in response to|in answer to|pertaining to|as to|against|for the purpose of|with respect to`;

/** Words that open a topic: what follows names the subject, not a party. */
export const TOPIC_MARKER = new RegExp(String.raw`\s+(?:${TOPIC_WORDS})\s+`, 'i');

/** A clause that starts with a topic marker. */
export const TOPIC_CLAUSE = new RegExp(String.raw`^(?:${TOPIC_WORDS})\s+`, 'i');

const RELAY_VERB = String.raw`containing|transmitting|enclosing|forwarding|conveying|relaying|passing on|passing along|attaching|including|with`;

/**
 * "containing a message from X", "Transmitting Letter from X", "with 8 July handwritten letter
 * from X": X authored the carried message.
 */
export const RELAY_CLAUSE = new RegExp(
  String.raw`^(?:${RELAY_VERB})\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?:[\p{L}\d.,-]+\s+){0,4}?(?:messages?|letters?|telegrams?|cables?|notes?|reply|replies|requests?|reports?|memorand(?:um|a)|memos?|statements?|appeals?|proposals?|texts?|answers?|responses?|instructions?|information|greetings?|radiograms?|directives?|declarations?)\s+(?:from|of|by)\s+(.+)$`,
  'iu',
);

/** "Conveying Mao Zedong's 2 October Message": the possessor authored the carried message. */
export const RELAY_POSSESSIVE = new RegExp(
  String.raw`^(?:${RELAY_VERB})\s+(?:the\s+)?(.+?)['’]s\s+(?:[\p{L}\d.,-]+\s+){0,4}?(?:messages?|letters?|telegrams?|cables?|notes?|reply|replies|requests?|reports?|memorand(?:um|a)|memos?|statements?|appeals?|proposals?|answers?|responses?|instructions?|greetings?|radiograms?|directives?|declarations?)\b(.*)$`,
  'iu',
);

/** A relay clause that names no author: "attaching draft cable to Shtykov". */
export const RELAY_OPENING = new RegExp(
  String.raw`^(?:${RELAY_VERB.replace('|with', '')})\s+`,
  'i',
);

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
  /^(?:[\p{L}-]+\s+)?(?:translation|transl\.|original|copy|draft|excerpts?|extracts?|abridged|summary|unofficial translation|handwritten|typed|fragments?|incomplete|attachment|enclosure|not sent|unsent|continued|cont\.|sic|partial|illegible|version|redacted)$|^(?:no date|undated|n\.d\.)$/iu;

/** Sequence markers such as "(1)", "(II)", "(Part 2)". */
export const SEQUENCE_MARKER = /^(?:part\s+)?(?:\d{1,3}|[ivxlc]{1,6})$/i;

/** Pronouns that an addressing verb may take instead of a name. */
export const PRONOUN = /^(?:him|her|them|it|us|me|you|himself|herself|themselves)$/i;

/** Number markers: "No.", "no.", "Nos.", "Nº", "№", "#", and bare numbers "066.621", "A-163". */
export const NUMBER_MARKER =
  /^\s*(?:(?:nos?\.?|n[º°o]\.?|№|#|number)\s*([0-9][0-9A-Za-z/.]*(?:\s*(?:[-–,]|and|&)\s*[0-9][0-9A-Za-z/.]*)*)|((?:[A-Z]{1,3}-)?[0-9][0-9/.-]*[0-9](?=\s|,|$)|[0-9]+(?=\s|,|$)))/i;

/** A comma piece that is only a file or document number: "533/5", "4262/1954", "No. 083.895". */
export const NUMBER_PIECE = /^(?:(?:nos?\.?|n[º°o]\.?|№|#)\s*)?[0-9][0-9A-Za-z/.\-–]*$/i;

/** Handling marks after a comma: "SECRET", "Urgent", "Top Secret", "Regular". */
export const CLASSIFICATION_PIECE =
  /^(?:top\s+secret|strictly\s+secret|strictly\s+confidential|secret|confidential|urgent|immediate|regular|flash|priority|routine|personal|unclassified|restricted|eyes\s+only|very\s+urgent|(?:excerpts?|extract|draft|copy)|\(?excerpts?\)?)$/i;
