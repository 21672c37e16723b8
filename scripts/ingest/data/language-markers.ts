// Short function words that occur in almost every sentence of one language and (as whole words) never
// in the other: counting them tells a Finnish release from a Swedish one, and a bilingual page's main
// language (the one with more running text). Place and personal names are ignored by design: a
// Finnish release naming "Vasa" or quoting "Svenska Yle" stays Finnish.
export const LANGUAGE_MARKERS = {
  fi: [
    'ja', 'on', 'ovat', 'oli', 'olivat', 'ei', 'että', 'myös', 'sekä', 'tai', 'kun', 'mutta', 'joka',
    'jotka', 'se', 'ne', 'hän', 'mukaan', 'kanssa', 'jo', 'vielä', 'nyt', 'voi', 'tulee', 'tämä',
    'tässä', 'sen', 'niin', 'kuin', 'vuonna', 'lisäksi',
  ],
  sv: [
    'och', 'att', 'som', 'för', 'med', 'det', 'den', 'är', 'på', 'av', 'till', 'ett', 'om', 'har',
    'inte', 'kan', 'ska', 'skall', 'vid', 'de', 'i', 'från', 'också', 'eller', 'men', 'när', 'efter',
    'under', 'sin', 'sina', 'säger',
  ],
} as const;
