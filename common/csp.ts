/**
 * The renderer's Content Security Policy, sent by both hosts: only the app's own scripts
 * (and WebAssembly compiled from them), styles and fonts; calls only to the app's own origin;
 * no plugins or forms, and no frames but the app's own (Print…'s hidden frame, common/printPage.ts).
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  // 'wasm-unsafe-eval' lets the spelling worker compile Hunspell's WebAssembly; eval stays refused.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
