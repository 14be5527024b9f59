import { describe, expect, it } from 'vitest';
import { acted, ApiError, data, logReceiptOf } from './client.ts';

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

describe('the log receipt of a write', () => {
  const withHeader = (value: string | null) =>
    new Response(null, { status: 201, headers: value === null ? {} : { 'Concord-Log-Entries': value } });

  it('reads one index, a range and a list of ranges', () => {
    expect(logReceiptOf(withHeader('42'))).toEqual({ first: 42, last: 42, count: 1 });
    expect(logReceiptOf(withHeader('42-81'))).toEqual({ first: 42, last: 81, count: 40 });
    expect(logReceiptOf(withHeader('3,7-9'))).toEqual({ first: 3, last: 9, count: 4 });
  });

  it('is null when the write appended nothing', () => {
    expect(logReceiptOf(withHeader(null))).toBeNull();
  });

  it('comes with the data from acted', async () => {
    const answer = { response: withHeader('7'), data: { id: 1 } };
    expect(await acted(Promise.resolve(answer))).toEqual({ data: { id: 1 }, receipt: { first: 7, last: 7, count: 1 } });
  });
});
