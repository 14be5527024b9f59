import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../test/fixtures/http.ts';
import { createLogger } from '../logger.ts';
import { errorHandler } from './errors.ts';

describe('a unique-index race', () => {
  it('answers 409 already_exists, not 500', async () => {
    const app = new Hono();
    app.onError(errorHandler(createLogger('silent')));
    app.get('/race', () => {
      throw Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('duplicate key value'), { code: '23505' }) });
    });
    const res = await app.request('/race');
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe('already_exists');
  });
});
