// What of a saved web page is never the release: elements dropped before the main content is
// looked for. Each rule with an example of the markup it removes.

/** Elements that hold no readable release text at all (code, media, controls). */
export const INERT_ELEMENTS = [
  'script', // <script>document.write(…)</script>
  'style', // <style>.banner{…}</style>
  'noscript', // <noscript>Sivusto vaatii JavaScriptin</noscript>
  'template',
  'iframe', // <iframe src="https://www.youtube.com/embed/…">
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg', // inline icons
  'math',
  'canvas',
  'video',
  'audio',
  'picture',
  'img', // alt texts are captions, not release text ("Kuva: Maakuntajohtaja puhuu")
  'figcaption', // <figcaption>Kuva: Liisa Esimerkki</figcaption>
  'map',
  'input', // search boxes, newsletter sign-up
  'select',
  'textarea',
  'button', // <button>Tulosta</button>
  'label',
  'dialog',
  'head',
] as const;

/**
 * Page chrome by its semantic element or ARIA role: navigation, site header and footer, side
 * columns, search. A <header> or <footer> inside the article (its headline and byline) is kept; see
 * main-content.ts.
 */
export const CHROME_ELEMENTS = ['nav', 'aside', 'header', 'footer'] as const;
export const CHROME_ROLES = ['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert'] as const;

/**
 * Chrome by class or id, for CMS templates without semantic elements (table layouts, Sivuviidakko,
 * Episerver, Liferay portlets). Matched against each whole class name and the id, case-insensitively,
 * as one of its words (split at "-" and "_"): "breadcrumb" matches class="sv-breadcrumb" (SiteVision),
 * "menu" matches id="main_menu"; "awesome" is not "some".
 */
export const CHROME_CLASS_WORDS = [
  'breadcrumb', // <ol class="breadcrumb">Etusivu › Ajankohtaista</ol>
  'breadcrumbs',
  'crumbs',
  'navigation', // <div id="navigation">
  'nav',
  'navbar',
  'menu', // <div class="main-menu">
  'valikko', // <td class="valikko"> (Finnish: menu)
  'submenu',
  'sidebar', // <div id="sidebar">
  'sidenav',
  'share', // <div class="share-buttons">Jaa: Facebook Twitter</div>
  'sharing',
  'social', // <div class="social-links">
  'some', // <div class="some-icons"> (sosiaalinen media)
  'addthis',
  'related', // <div class="related-news">Lue myös</div>
  'cookie', // <div id="cookie-notice">Sivusto käyttää evästeitä</div>
  'cookies',
  'consent',
  'skip', // <a class="skip-link">Siirry sisältöön</a>
  'skiplink',
  'skiplinks',
  'pagination', // <div class="pagination">« Edellinen | Seuraava »</div>
  'pager',
  'comments', // <section id="comments">Kommentoi</section>
  'comment',
  'newsletter', // <div class="newsletter">Tilaa uutiskirje</div>
  'banner',
  'topbar',
  'toolbar',
  'footer',
  'header', // <div id="header"> of a table layout; a header holding the h1 is kept
  'masthead',
  'widget', // <div class="widget date-widget">sunnuntai 27.5.2018</div>
  'today', // <span class="today">Tänään on tiistai</span>
  'paivays', // <div class="custom paivays">sunnuntai 27.5.2018</div> (Finnish templates' today's date)
  'kielivalinta', // <div class="kielivalinta">Svenska | English</div>
  'datewidget',
  'print', // <a class="print">Tulosta</a>
  'byline', // <div class="byline">Petteri Toimittaja 12.3.2018 23:47</div> (its <time> is read before)
  'paywall', // <div class="paywall-teaser">Tilaa ja lue kaikki uutiset</div>
  'back', // <div class="news_back">Takaisin uutislistaan</div>
  'attachments', // <div class="news_item_attachments">Hakulomake (pdf, 84 kt)</div>
  'liitteet',
  'tools',
  'langmenu', // <ul class="langmenu">Svenska English</ul>
  'languages',
  'search', // <form class="search">
] as const;

/**
 * Class-name beginnings that mark chrome however the CMS goes on: "sharetools" (Episerver),
 * "socialmedia", "breadcrumbtrail", "cookiebar", "addthis_toolbox", "printlink".
 */
export const CHROME_CLASS_PREFIXES = ['share', 'social', 'breadcrumb', 'cookie', 'addthis', 'printlink'] as const;
