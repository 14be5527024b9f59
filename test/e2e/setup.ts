/**
 * Setup steps the browser tests share: the secretariat's API calls, and a draft treaty with an open
 * procedural motion to open pages on.
 */
import { sessionCookie } from '../fixtures/http.ts';
import type { TestServer } from './harness.ts';

export type AdminCall = <T>(method: string, url: string, body?: unknown) => Promise<T>;

/** Same-origin API calls as the server's first admin, logged in on the first call. */
export function adminApi(server: TestServer): AdminCall {
  let cookie = '';
  const send = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${server.url}${url}`, {
      method,
      headers: { origin: server.url, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
    if (url === '/api/auth/login') cookie = sessionCookie(res);
    return (await res.json()) as T;
  };
  return async <T>(method: string, url: string, body?: unknown) => {
    if (!cookie) await send('POST', '/api/auth/login', { email: server.admin.email, password: server.admin.password });
    return send<T>(method, url, body);
  };
}

/** A draft treaty and an open procedural motion (Kenya made a member state, so someone could vote). */
export async function treatyAndMotion(
  call: AdminCall,
  treaty: { title: string; articles: { heading: string; body: string }[] },
  motionTitle: string,
): Promise<{ treatyId: number; motionId: number }> {
  const { id: treatyId } = await call<{ id: number }>('POST', '/api/treaties', treaty);
  const { participants } = await call<{ participants: { id: number; iso3: string }[] }>('GET', '/api/assembly/participants?kind=state');
  const kenya = participants.find((p) => p.iso3 === 'KEN');
  if (!kenya) throw new Error('no Kenya among the participants');
  await call('PATCH', `/api/assembly/participants/${kenya.id}`, { status: 'member' });
  const now = Date.now();
  const { id: motionId } = await call<{ id: number }>('POST', '/api/motions', {
    kind: 'procedural',
    title: motionTitle,
    opensAt: new Date(now).toISOString(),
    closesAt: new Date(now + 3600_000).toISOString(),
  });
  return { treatyId, motionId };
}
