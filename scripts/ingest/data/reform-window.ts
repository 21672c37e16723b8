// The period in which reform press releases were published: the bound within which a date without a
// year may be placed. The archive covers 2015–2019; the Sipilä government resigned on 8.3.2019 and the
// regions wound the preparation down by the end of May 2019 (Päijät-Häme: "valmistelu ajetaan
// hallitusti alas toukokuun 2019 loppuun mennessä"), so no release about ongoing preparation was
// published after 31.5.2019.
export const REFORM_WINDOW = { start: '2015-01-01', end: '2019-05-31' } as const;
