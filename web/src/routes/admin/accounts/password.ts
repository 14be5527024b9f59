/**
 * Strong passwords made in the browser (crypto.getRandomValues), for a new account or a reset: 20
 * characters from 57 that cannot be mistaken for one another when read out or copied by hand
 * (no 0/O, 1/l/I), about 116 bits. Unbiased: a random byte outside the largest multiple of the
 * alphabet's size is drawn again.
 */
const ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const GENERATED_LENGTH = 20;

export function generatePassword(
  length = GENERATED_LENGTH,
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const limit = 256 - (256 % ALPHABET.length);
  let password = '';
  while (password.length < length) {
    for (const byte of random(new Uint8Array(length * 2))) {
      if (byte >= limit) continue;
      password += ALPHABET[byte % ALPHABET.length];
      if (password.length === length) break;
    }
  }
  return password;
}
