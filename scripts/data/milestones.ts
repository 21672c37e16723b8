// Milestones of the 2015–2019 regional and health and social services reform, drawn on the timeline.
// Each has the day, a short Finnish label written for this archive, and where the day was checked.
// Only days at least two sources agree on are listed; add one the same way (day, label, sources).

export interface Milestone {
  /** YYYY-MM-DD. */
  date: string;
  /** Short Finnish label as the timeline shows it. */
  label: string;
  sources: { title: string; url: string }[];
}

export const MILESTONES: readonly Milestone[] = [
  {
    date: '2016-04-05',
    label: 'Hallitus linjaa maakuntien tehtävät',
    sources: [
      { title: 'alueuudistus.fi: Reform of regional government (Government policy outline of 5 April 2016)', url: 'http://alueuudistus.fi/en/reform-of-regional-administration' },
      { title: 'Valtiovarainministeriö: Reform of county government progresses (22.4.2016)', url: 'https://vm.fi/en/-/reform-of-county-government-progresses-project-group-and-preparatory-working-groups-to-begin-working' },
    ],
  },
  {
    date: '2017-03-02',
    label: 'Maakunta- ja sote-uudistuksen lakiesitys eduskuntaan (HE 15/2017 vp)',
    sources: [
      { title: 'alueuudistus.fi: Aikataulu', url: 'http://alueuudistus.fi/aikataulu' },
      { title: 'Pohjois-Savo 2019: Sote- ja maakuntauudistusta koskeva esitys eduskunnalle (6.3.2017)', url: 'http://www.pohjoissavo2019.fi/ajankohtaista/sote-ja-maakuntauudistusta-koskeva-esitys-eduskunnalle.html' },
    ],
  },
  {
    date: '2018-03-08',
    label: 'Uusi valinnanvapauslakiesitys eduskuntaan (HE 16/2018 vp)',
    sources: [
      { title: 'Eduskunta: HE 16/2018 vp', url: 'https://www.eduskunta.fi/FI/vaski/HallituksenEsitys/Sivut/HE_16+2018.aspx' },
      { title: 'Scientia: Maakunta- ja soteuudistus (esitys annettiin 8.3.2018)', url: 'https://scientiafi.com/Maakunta-_ja_soteuudistus' },
      { title: 'Satakunnan Sanomat, maaliskuu 2018: Viimeinenkin pala eduskunnalle (esitys annettiin torstaina)', url: 'http://www.sss.fi/2018/03/viimeinenkin-pala-eduskunnalle/' },
    ],
  },
  {
    date: '2019-03-08',
    label: 'Hallitus eroaa, uudistuksen valmistelu päättyy',
    sources: [
      { title: 'alueuudistus.fi: Avslutandet av beredningen och verkställandet av reformen', url: 'https://alueuudistus.fi/sv/avslutandet-av-reformen' },
      { title: 'BBC News: Finland\'s government resigns over failed healthcare reform (8.3.2019)', url: 'https://www.bbc.com/news/world-europe-47496326' },
    ],
  },
];
