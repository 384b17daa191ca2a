import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The browser host answers only to pages it served itself: the Host header must name this
 * server (defeats DNS rebinding), a cross-origin Origin is refused (defeats other sites
 * in the same browser), and API calls carry the per-run token (defeats other local users
 * and processes that can reach the port).
 */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function isAllowedHost(request: IncomingMessage, port: number): boolean {
  return allowedHosts(port).has((request.headers.host ?? '').toLowerCase());
}

export function isAllowedOrigin(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return request.headers['sec-fetch-site'] !== 'cross-site';
  return [...allowedHosts(port)].some((host) => origin.toLowerCase() === `http://${host}`);
}

export function hasToken(request: IncomingMessage, token: string): boolean {
  const given = request.headers['x-brieflink-token'];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export function newToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}
