// One place for what the site says about itself.
export interface SiteConfig {
  title: string;
  tagline: string;
  language: string;
  /** Absolute URL of the published site, for canonical links and feeds. */
  url: string;
  /** Where the site is served from, e.g. "/" or "/depeches/". */
  pathPrefix: string;
  /** How many dispatches the home page lists. */
  homeCount: number;
  /**
   * Set as a meta tag on every page. Scripts only from the site itself, and
   * WebAssembly for Pagefind's search; nothing inline, nothing from elsewhere.
   */
  contentSecurityPolicy: string;
}

export function siteConfig(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  return {
    title: 'Dépêches',
    tagline: "Les archives du fil d'agence",
    language: 'fr',
    url: (env.SITE_URL ?? 'http://localhost:8080').replace(/\/+$/, ''),
    pathPrefix: env.PATH_PREFIX ?? '/',
    homeCount: 50,
    contentSecurityPolicy: [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ].join('; '),
  };
}
