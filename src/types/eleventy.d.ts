// Eleventy, its dev server and its RSS plugin ship no type declarations; this
// is the part of their API we use. (Pagefind ships its own.)
declare module '@11ty/eleventy' {
  export interface EleventyUserConfig {
    addGlobalData(name: string, value: unknown): void;
    addPassthroughCopy(path: string | Record<string, string>): void;
    addFilter(name: string, fn: (...args: never[]) => unknown): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    setQuietMode(quiet: boolean): void;
    setUseGitIgnore(use: boolean): void;
    ignores: { add(glob: string): void; delete(glob: string): boolean };
    addTemplateFormats?(formats: string): void;
    setTemplateFormats(formats: string | string[]): void;
    addPlugin(plugin: unknown, options?: unknown): void;
    amendLibrary(engine: string, amend: (library: unknown) => void): void;
    /** A filter as registered (by the configuration or a plugin). */
    getFilter(name: string): unknown;
    addExtension(
      key: string,
      extension: {
        compileOptions?: { cache?: boolean; permalink?: boolean };
        compile(contents: string, inputPath: string): (data: object) => Promise<string>;
      },
    ): void;
  }
  export interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string;
    pathPrefix?: string;
    config?: (config: EleventyUserConfig) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** Reads the configuration and runs its plugins, without rendering. */
    init(): Promise<void>;
    write(): Promise<unknown>;
    /** Eleventy's own log, errors included, stays silent. */
    disableLogger(): void;
  }
}

declare module '@11ty/eleventy-plugin-rss' {
  const plugin: (config: unknown, options?: unknown) => void;
  export default plugin;
}
