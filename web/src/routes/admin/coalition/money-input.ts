/**
 * Figures typed into the console's forms, in the shown language's way ("1 200,5" in French,
 * "١٬٢٠٠٫٥" in Arabic), as the numbers the API takes. What cannot be read becomes NaN, which is
 * sent as null, so that the server's own error names the field.
 */
import { parseAmount } from '../../coalition/coalition-format.ts';

const ZERO = /^\s*[0٠۰]+(?:[.,٫][0٠۰]*)?\s*$/;

/** An amount in major units → integer minor units of `currency` (0 for a typed zero). */
export function amountToMinor(text: string, currency: string): number {
  if (ZERO.test(text)) return 0;
  try {
    return parseAmount(text, currency) ?? Number.NaN;
  } catch {
    // Not a currency Intl knows: the server says so beside the currency.
    return Number.NaN;
  }
}

/** Hours with at most two decimals, typed in the shown language (read as hundredths of an hour, the ledger's unit). */
export function hoursFromText(text: string): number {
  if (ZERO.test(text)) return 0;
  // USD has two minor digits: the same reading as an amount, in hundredths.
  const hundredths = parseAmount(text, 'USD');
  // Else the number as typed in ASCII ("1.234"), so the server can say what is wrong with it.
  return hundredths === null ? Number(text.trim()) : hundredths / 100;
}
