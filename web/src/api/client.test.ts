import { describe, expect, it } from 'vitest';
import { ApiError, data } from './client.ts';

const answer = (status: number, body: unknown) => ({
  response: new Response(null, { status }),
  ...(status < 400 ? { data: body } : { error: body }),
});

describe('data', () => {
  it('unwraps the data of a successful answer', async () => {
    expect(await data(Promise.resolve(answer(200, { states: [] })))).toEqual({ states: [] });
  });

  it("throws the server's error code, message, status and details", async () => {
    const error = await data(
      Promise.resolve(answer(409, { error: { code: 'already_exists', message: 'taken', details: { email: 'a@b.org' } } })),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'already_exists', message: 'taken', status: 409, details: { email: 'a@b.org' } });
  });

  it('names an answer without the error shape by its status', async () => {
    await expect(data(Promise.resolve(answer(502, 'Bad Gateway')))).rejects.toMatchObject({ code: 'http_error', status: 502 });
  });

  it('turns a failed connection into network_error', async () => {
    await expect(data(Promise.reject(new TypeError('fetch failed')))).rejects.toMatchObject({ code: 'network_error', status: 0 });
  });
});
