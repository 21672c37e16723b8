// Layout rules for turning plain-text blocks into Markdown.

/** A list item line: "•", "–", "-", "*", "·", "▪", "◦" and a space. Example: "• Maakunnallisen Hyte-rakenteen käyttöönotto". */
export const BULLET = /^[•–—\-*·▪◦●‣○]\s+/;
/**
 * Dashes also open direct quotes in Finnish news ("– Me olimme varautuneet, sanoo Huldén."), so a
 * lone dash line is a list item only after a lead-in ending with ":"; two or more make a list.
 */
export const DASH_BULLET = /^[–—-]\s+/;

/**
 * A heading: one short line, no closing full stop, comma, colon or semicolon, not a contact line,
 * followed by a substantial paragraph. Example: "Kasvupalvelupilotit hyödyntävät hyviä käytäntöjä".
 * Counter-example (a sentence that lost its full stop, followed by a short one):
 * "Asialista liitteineen on nähtävillä Popmaakunta.fi sivuilla".
 */
export const HEADING_MAX_LENGTH = 90;
export const HEADING_MAX_WORDS = 12;
export const HEADING_NEXT_MIN_LENGTH = 100;
export const HEADING_BAD_END = /[.,:;]$/;
/** Phone numbers, emails and web addresses mark contact lines and link text, never headings. */
/** Captions and bylines are labels, not headings. Example: "Kuva: Matti Meikäläinen". */
export const CAPTION = /^(kuva|kuvat|kuvaaja|kuvassa|teksti|kirjoittaja|lähde|video)\s*:/i;
export const CONTACT_OR_LINK = /(\d[\d ]{5,}\d|@|\bp\.\s*\d|\bpuh\b|https?:|www\.|\w\.(fi|com|net|org|eu)\b)/i;
