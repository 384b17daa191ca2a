/**
 * common/ compiles without the DOM and Node libraries, so anything environment-specific is
 * a type error. The WHATWG URL class exists in every environment Brieflink runs in
 * (Chromium, Electron, Node), so it alone is declared here.
 */
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly href: string;
}
