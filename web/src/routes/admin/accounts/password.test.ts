import { describe, expect, it } from 'vitest';
import { GENERATED_LENGTH, generatePassword } from './password.ts';

describe('generatePassword', () => {
  it('gives 20 unambiguous characters, different each time', () => {
    const a = generatePassword();
    const b = generatePassword();
    expect(a).toHaveLength(GENERATED_LENGTH);
    expect(a).toMatch(/^[a-km-zA-HJ-NP-Z2-9]+$/);
    expect(a).not.toBe(b);
  });

  it('draws again for bytes that would bias the choice', () => {
    // 57 characters: 256 - 256 % 57 = 228; bytes from 228 up are skipped.
    let call = 0;
    const random = (bytes: Uint8Array) => bytes.fill(call++ === 0 ? 250 : 0);
    expect(generatePassword(4, random)).toBe('aaaa');
    expect(call).toBe(2);
  });
});
