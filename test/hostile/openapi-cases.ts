/**
 * Malformed requests generated from the OpenAPI document: for every operation, inputs that its own
 * schema refuses (wrong types, missing and unknown fields, strings too long, numbers out of range,
 * values outside an enum or a pattern), text that no field may hold (U+0000, control characters,
 * lone surrogates), bad path ids, and bodies that are not JSON, not UTF-8, too large or of the
 * wrong type. Every case is one fault away from a base request, so a refusal is for that fault.
 *
 * The schemas read here are the document's (OpenAPI 3.1), seen through {@link resolve} in the
 * older one-type form (`type` and `nullable`, boolean `exclusiveMinimum`) that the generators below
 * were written for; {@link refuses} is a small checker of the parts the cases rely on, used to keep
 * only values the documented schema refuses by construction.
 */

/** A JSON-schema object as the OpenAPI document holds it. */
export type Schema = Record<string, any>;

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export interface Operation {
  parameters?: { in: 'path' | 'query' | 'header' | 'cookie'; name: string; required?: boolean; schema: Schema }[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
}

/** One malformed request. `expect: 'refused'` must get 4xx; a `probe` must not get 5xx (nor log anything). */
export interface HostileCase {
  name: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  expect: 'refused' | 'probe';
}

export const BAD_IDS = ['abc', '0', '-1', '99999999999', '%00', '%ff', '1.5'];
const NUL = 'a\u0000b';
const ESC = 'a\u001bb';
const LONE_SURROGATE = 'a\ud800b';
/** Past the default BODY_LIMIT (1 MiB). */
export const HUGE = 'x'.repeat(1_100_000);

/** A 3.1 schema in one-type form: `type: ['string', 'null']` as `type: 'string', nullable: true`; `exclusiveMinimum: 0` as `minimum: 0, exclusiveMinimum: true`. */
function oneType(schema: Schema): Schema {
  const out = { ...schema };
  if (Array.isArray(schema.type)) {
    const types = (schema.type as string[]).filter((t) => t !== 'null');
    out.type = types.length === 1 ? types[0] : undefined;
    if (types.length < schema.type.length) out.nullable = true;
  }
  for (const [bound, limit] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof schema[bound] === 'number') Object.assign(out, { [limit]: schema[bound], [bound]: true });
  }
  const branches: Schema[] | undefined = schema.anyOf ?? schema.oneOf;
  if (branches?.some((b) => b.type === 'null')) {
    const rest = branches.filter((b) => b.type !== 'null');
    delete out.anyOf;
    delete out.oneOf;
    if (rest.length === 1) return { ...out, ...rest[0], nullable: true };
    out.anyOf = rest;
    out.nullable = true;
  }
  return out;
}

/** Resolves `$ref` and merges `allOf` so that callers see one schema, in one-type form. */
export function resolve(doc: OpenApiDocument, raw: Schema | undefined): Schema {
  if (!raw) return {};
  const schema = oneType(raw);
  const nullable = schema.nullable === true ? { nullable: true } : {};
  if (schema.$ref) return { ...resolve(doc, doc.components.schemas[String(schema.$ref).split('/').pop()!]), ...nullable };
  if (schema.allOf) {
    const parts = schema.allOf.map((s: Schema) => resolve(doc, s));
    return {
      type: 'object',
      properties: Object.assign({}, ...parts.map((p: Schema) => p.properties ?? {})),
      required: parts.flatMap((p: Schema) => p.required ?? []),
      ...nullable,
    };
  }
  return schema;
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** True when `schema` refuses `value` for a reason the document states. False when unsure. */
export function refuses(doc: OpenApiDocument, raw: Schema | undefined, value: unknown): boolean {
  const schema = resolve(doc, raw);
  if (schema.oneOf || schema.anyOf) {
    const branches: Schema[] = schema.oneOf ?? schema.anyOf;
    if (value === null && schema.nullable) return false;
    return branches.every((b) => refuses(doc, b, value));
  }
  if (value === null) return schema.nullable !== true && (schema.type !== undefined || schema.enum !== undefined);
  if (schema.enum && !schema.enum.includes(value)) return true;
  const t = typeOf(value);
  switch (schema.type) {
    case undefined:
      return false;
    case 'string': {
      if (t !== 'string') return true;
      const s = value as string;
      if (schema.maxLength !== undefined && s.length > schema.maxLength) return true;
      if (schema.minLength !== undefined && s.length < schema.minLength) return true;
      if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(s)) return true;
      return false;
    }
    case 'integer':
    case 'number': {
      if (t !== 'number') return true;
      const n = value as number;
      if (schema.type === 'integer' && !Number.isSafeInteger(n)) return true;
      if (schema.minimum !== undefined && (schema.exclusiveMinimum === true ? n <= schema.minimum : n < schema.minimum)) return true;
      if (schema.maximum !== undefined && (schema.exclusiveMaximum === true ? n >= schema.maximum : n > schema.maximum)) return true;
      return false;
    }
    case 'boolean':
      return t !== 'boolean';
    case 'array': {
      if (t !== 'array') return true;
      const a = value as unknown[];
      if (schema.maxItems !== undefined && a.length > schema.maxItems) return true;
      if (schema.minItems !== undefined && a.length < schema.minItems) return true;
      return a.some((item) => refuses(doc, schema.items, item));
    }
    case 'object': {
      if (t !== 'object') return true;
      const o = value as Record<string, unknown>;
      const props: Record<string, Schema> = schema.properties ?? {};
      if ((schema.required ?? []).some((k: string) => !(k in o))) return true;
      if (schema.additionalProperties === false && Object.keys(o).some((k) => !(k in props))) return true;
      return Object.entries(o).some(([k, v]) => k in props && refuses(doc, props[k], v));
    }
    default:
      return false;
  }
}

/** A value the schema accepts, built from its examples, enums, defaults and bounds (required fields only). */
export function exampleFor(doc: OpenApiDocument, raw: Schema | undefined): unknown {
  const schema = resolve(doc, raw);
  if (schema.oneOf || schema.anyOf) return exampleFor(doc, (schema.oneOf ?? schema.anyOf)[0]);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum.find((v: unknown) => v !== null);
  if (schema.default !== undefined) return schema.default;
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date') return '2026-05-20';
      if (schema.format === 'date-time') return '2026-05-20T12:00:00Z';
      if (schema.format === 'email') return 'hostile@example.org';
      if (schema.format === 'uri') return 'https://example.org';
      return 'hostile text';
    case 'integer':
    case 'number': {
      const low = schema.minimum ?? 0;
      const value = schema.exclusiveMinimum === true ? low + 1 : Math.max(low, 1);
      return schema.maximum !== undefined && value > schema.maximum ? schema.maximum : value;
    }
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () => exampleFor(doc, schema.items));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = exampleFor(doc, schema.properties?.[key]);
      return out;
    }
    default:
      return 'hostile';
  }
}

/** Values of the wrong JSON type, tried in this order; the first two the schema refuses are kept. */
const WRONG_TYPES: unknown[] = [12345, 'abc', true, { hostile: 1 }, ['abc']];

type Path = (string | number)[];
const label = (path: Path) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : p))
    .join('.')
    .replace(/\.\[/g, '[');

function setAt(root: unknown, path: Path, value: unknown, remove = false): unknown {
  const copy = structuredClone(root) as any;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  const last = path.at(-1);
  if (last === undefined) throw new Error('setAt needs the path of a value inside the body');
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

export interface BodyCase {
  name: string;
  value: unknown;
}

/**
 * Cases for one location of a JSON body: `base` is a valid body, `path` the location whose
 * `schema` is walked (its properties, array items and nested objects too).
 */
/** One location of a JSON body: the document, the valid body around it, its path and its schema. */
interface Location {
  doc: OpenApiDocument;
  base: unknown;
  path: Path;
  schema: Schema;
  depth: number;
}

/** The base body with `value` at the location. */
const caseAt = (at: Location, name: string, value: unknown): BodyCase => ({
  name: `${label(at.path)}: ${name}`,
  value: setAt(at.base, at.path, value),
});

export function bodyValueCases(doc: OpenApiDocument, base: unknown, path: Path, raw: Schema, required: boolean, depth = 0): BodyCase[] {
  const at: Location = { doc, base, path, schema: resolve(doc, raw), depth };
  const cases: BodyCase[] = [];
  if (path.length > 0) {
    let wrong = 0;
    for (const v of WRONG_TYPES) {
      if (wrong < 2 && refuses(doc, at.schema, v)) {
        wrong++;
        cases.push(caseAt(at, `wrong type ${JSON.stringify(v)}`, v));
      }
    }
    if (refuses(doc, at.schema, null)) cases.push(caseAt(at, 'null', null));
    if (required) cases.push({ name: `${label(path)}: missing (required)`, value: setAt(base, path, undefined, true) });
  }
  if (at.schema.oneOf || at.schema.anyOf) return cases;
  switch (at.schema.type) {
    case 'string':
      return [...cases, ...stringCases(at)];
    case 'integer':
    case 'number':
      return [...cases, ...numberCases(at)];
    case 'array':
      return [...cases, ...arrayCases(at)];
    case 'object':
      return [...cases, ...objectCases(at)];
    default:
      return cases;
  }
}

/** Text no field may hold, and strings the schema's length, enum, format or pattern refuses. */
function stringCases(at: Location): BodyCase[] {
  const { schema } = at;
  const cases: BodyCase[] = [];
  const put = (name: string, value: unknown) => cases.push(caseAt(at, name, value));
  const name = String(at.path.at(-1) ?? '');
  // A password is hashed, never stored or shown: any string is fine there.
  if (!/password/i.test(name)) {
    put('U+0000', NUL);
    put('control character U+001B', ESC);
    put('lone surrogate U+D800', LONE_SURROGATE);
  }
  if (schema.maxLength !== undefined) put(`${schema.maxLength + 1} characters (max ${schema.maxLength})`, 'a'.repeat(schema.maxLength + 1));
  if ((schema.minLength ?? 0) >= 1) put('empty string', '');
  if (schema.enum) put('not in the enum', 'not-a-member');
  if (schema.format === 'email') put('not an e-mail', 'not-an-email');
  if (schema.format === 'date') put('impossible date', '2026-02-30');
  if (schema.format === 'date-time') put('not a date-time', 'yesterday');
  if (schema.format === 'uri') {
    put('not a URL', 'not a url');
    put('javascript: URL', 'javascript:alert(1)');
  }
  if (schema.pattern) {
    const off = ['', 'abc', '-1', '../../etc/passwd', `${'9'.repeat(20)}`].find((v) => refuses(at.doc, schema, v));
    if (off !== undefined) put(`not matching ${schema.pattern}: ${JSON.stringify(off)}`, off);
  }
  return cases;
}

/** Numbers too large, negative or fractional where the schema refuses them, and ids past any row. */
function numberCases(at: Location): BodyCase[] {
  const cases: BodyCase[] = [];
  for (const [what, v] of [
    ['1e308', 1e308],
    ['2^53+1', 2 ** 53 + 1],
    ['2^31 (past a Postgres integer)', 2 ** 31],
    ['-1', -1],
    ['1.5', 1.5],
  ] as const) {
    if (refuses(at.doc, at.schema, v)) cases.push(caseAt(at, what, v));
    else if (v === 2 ** 31 && at.schema.type === 'integer' && names(at.path)) {
      // An id or version number names a row, and rows are numbered within a Postgres integer:
      // past it nothing can be found (404) or it is refused (400), never a failed query.
      cases.push(caseAt(at, '2^31, an id no row can have', v));
    }
  }
  return cases;
}

/** Arrays too short or too long, and the cases of an item. */
function arrayCases(at: Location): BodyCase[] {
  const { doc, base, path, schema, depth } = at;
  const cases: BodyCase[] = [];
  const item = resolve(doc, schema.items);
  const current = (getAt(base, path) as unknown[] | undefined) ?? [];
  const sample = current[0] ?? exampleFor(doc, item);
  if ((schema.minItems ?? 0) >= 1) cases.push(caseAt(at, 'empty array', []));
  if (schema.maxItems !== undefined && schema.maxItems <= 1000) {
    cases.push(
      caseAt(
        at,
        `${schema.maxItems + 1} items (max ${schema.maxItems})`,
        Array.from({ length: schema.maxItems + 1 }, () => sample),
      ),
    );
  }
  if (depth < 6 && (item.type || item.oneOf)) {
    const withItem = current.length > 0 ? base : setAt(base, path, [sample]);
    cases.push(...bodyValueCases(doc, withItem, [...path, 0], item, false, depth + 1).filter((c) => !/missing \(required\)$/.test(c.name)));
  }
  return cases;
}

/** Unknown fields, what PostgreSQL cannot store in free-form JSON, and the cases of each property. */
function objectCases(at: Location): BodyCase[] {
  const { doc, base, path, schema, depth } = at;
  const cases: BodyCase[] = [];
  const here = label(path);
  const props: Record<string, Schema> = schema.properties ?? {};
  const current = (getAt(base, path) as Record<string, unknown> | undefined) ?? (exampleFor(doc, schema) as Record<string, unknown>);
  const withObject = path.length === 0 ? base : setAt(base, path, current);
  if (schema.additionalProperties === false) {
    cases.push({ name: `${here || 'body'}: unknown field`, value: setAt(withObject, [...path, 'hostileUnknownField'], 1) });
  } else if (typeof schema.additionalProperties === 'object') {
    // Free-form JSON: only what PostgreSQL cannot store is refused.
    cases.push({ name: `${here}: U+0000 inside free-form JSON`, value: setAt(withObject, [...path, 'note'], NUL) });
    cases.push({ name: `${here}: lone surrogate inside free-form JSON`, value: setAt(withObject, [...path, 'note'], LONE_SURROGATE) });
    cases.push({ name: `${here}: U+0000 in a key of free-form JSON`, value: setAt(withObject, [...path, 'a\u0000b'], 1) });
  }
  if (depth < 6) {
    const required = new Set<string>(schema.required ?? []);
    for (const [key, sub] of Object.entries(props)) {
      cases.push(...bodyValueCases(doc, withObject, [...path, key], sub, required.has(key), depth + 1));
    }
  }
  return cases;
}

/** True when the integer at `path` refers to a stored row: `…Id`, `…Ids[i]`, `…Version`. */
export const names = (path: Path) => {
  const key = String(typeof path[path.length - 1] === 'number' ? path[path.length - 2] : path[path.length - 1]);
  return /^id$|Ids?$|Version$/.test(key);
};

function getAt(root: unknown, path: Path): unknown {
  let node: any = root;
  for (const key of path) node = node?.[key];
  return node;
}

/** JSON text of a value; `2^53+1` keeps its digits so that the server sees the exact number. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (v === 2 ** 53 + 1 ? '@@2^53+1@@' : v)).replace(/"@@2\^53\+1@@"/g, '9007199254740993');
}

/** `{"name":"a<0xff 0xfe>b"}`: the base body with the bytes put into its first string value. */
export function invalidUtf8Body(base: unknown): Uint8Array {
  const text = JSON.stringify(base, (_k, v) => v);
  const firstString = /"(?:[^"\\]|\\.)*"\s*:\s*"/.exec(text);
  // The bytes go where the first string value starts, or into a key of their own.
  const [before, after] = firstString
    ? [text.slice(0, firstString.index + firstString[0].length), text.slice(firstString.index + firstString[0].length)]
    : ['{"', '":1}'];
  return Buffer.concat([Buffer.from(before), Buffer.from([0x61, 0xff, 0xfe, 0x62]), Buffer.from(after)]);
}

/** What a base request of an operation looks like: valid path values, query and body. */
export interface BaseRequest {
  /** A value for each path parameter that names something that exists. */
  pathValues: Record<string, string>;
  /** Valid query values (defaults: the documented examples of the required parameters). */
  query?: Record<string, string>;
  /** A valid body: a JSON value, or the text of a non-JSON media type. */
  body?: unknown;
  /** For a path the document cannot describe with parameters (log tiles): paths to refuse. */
  badPaths?: string[];
}

const QUERY_CANDIDATES = [
  'abc',
  '-1',
  '0',
  '1.5',
  '1e308',
  '9007199254740993',
  '2147483648',
  '99999999999',
  '9'.repeat(20),
  '',
  'not-a-member',
];

function queryString(query: Record<string, string>) {
  const parts = Object.entries(query).map(([k, v]) => `${k}=${v}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** How a query value reads after the server's coercion (integer parameters are coerced). */
function queryValue(schema: Schema, raw: string): unknown {
  if (schema.type === 'integer' || schema.type === 'number') return raw === '' ? 0 : Number(raw);
  return raw;
}

/** What the cases of one operation are built from: its base request, as path, query and body. */
interface OperationBase {
  doc: OpenApiDocument;
  method: string;
  base: BaseRequest;
  params: NonNullable<Operation['parameters']>;
  baseQuery: Record<string, string>;
  basePath: string;
  /** The base body, when the operation reads one. */
  body: BaseBody | undefined;
  /** The operation's path with these path values and query. */
  pathOf: (values: Record<string, string>, query: Record<string, string>) => string;
  /** A case that is the base request at another path. */
  withBase: (name: string, path: string) => HostileCase;
}

/** A base body: JSON with its schema, or the text of another media type. */
type BaseBody = { media: string; value: unknown; text: string } & ({ json: true; schema: Schema } | { json: false });

function operationBase(doc: OpenApiDocument, method: string, template: string, op: Operation, base: BaseRequest): OperationBase {
  const params = op.parameters ?? [];
  const pathOf = (values: Record<string, string>, query: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`${method} ${template}: no base value for path parameter {${name}}`);
      return value;
    }) + queryString(query);
  const baseQuery: Record<string, string> = { ...base.query };
  for (const p of params.filter((p) => p.in === 'query' && p.required && !(p.name in baseQuery))) {
    baseQuery[p.name] = String(exampleFor(doc, p.schema));
  }
  const body = baseBodyOf(doc, op, base);
  const withBase = (name: string, path: string): HostileCase => ({
    name,
    path,
    headers: body ? { 'content-type': body.media } : {},
    body: body?.text,
    expect: 'refused',
  });
  return { doc, method, base, params, baseQuery, basePath: pathOf(base.pathValues, baseQuery), body, pathOf, withBase };
}

function baseBodyOf(doc: OpenApiDocument, op: Operation, base: BaseRequest): BaseBody | undefined {
  const [first] = Object.entries(op.requestBody?.content ?? {});
  if (first === undefined) return undefined;
  const [media, { schema: raw }] = first;
  if (media !== 'application/json') {
    const value = base.body ?? '';
    if (typeof value !== 'string') throw new Error(`a ${media} base body must be its text`);
    return { media, json: false, value, text: value };
  }
  const schema = resolve(doc, raw);
  // Without a curated base, one built from the schema: its cases may stop at a rule the schema cannot state.
  const value = base.body ?? exampleFor(doc, schema);
  return { media, json: true, schema, value, text: jsonText(value) };
}

/** Every malformed request for one operation. */
export function operationCases(doc: OpenApiDocument, method: string, template: string, op: Operation, base: BaseRequest): HostileCase[] {
  const o = operationBase(doc, method, template, op, base);
  const cases = [...pathCases(o), ...queryCases(o)];
  if (o.body === undefined) return [...cases, ...noBodyCases(o)];
  return [...cases, ...wholeBodyCases(o, o.body), ...(o.body.json ? jsonCases(o, o.body) : textCases(o, o.body))];
}

/** Path parameters: each bad id in turn, the others valid; and the paths to refuse. */
function pathCases(o: OperationBase): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const p of o.params.filter((p) => p.in === 'path')) {
    // A "bad" value that is the base's own (a tile level of 0) is no fault.
    for (const bad of BAD_IDS.filter((b) => b !== o.base.pathValues[p.name])) {
      cases.push(o.withBase(`path {${p.name}} = ${JSON.stringify(bad)}`, o.pathOf({ ...o.base.pathValues, [p.name]: bad }, o.baseQuery)));
    }
  }
  for (const bad of o.base.badPaths ?? []) cases.push(o.withBase(`path ${bad}`, bad));
  return cases;
}

/** Query parameters: missing when required, and values the schema refuses. */
function queryCases(o: OperationBase): HostileCase[] {
  const { doc, method, base, baseQuery, pathOf, withBase } = o;
  const cases: HostileCase[] = [];
  for (const p of o.params.filter((p) => p.in === 'query')) {
    const schema = resolve(doc, p.schema);
    if (p.required) {
      const rest = { ...baseQuery };
      delete rest[p.name];
      cases.push(withBase(`query ${p.name}: missing (required)`, pathOf(base.pathValues, rest)));
    }
    for (const raw of QUERY_CANDIDATES) {
      const value = queryValue(schema, raw);
      const pastInteger = raw === '2147483648' && schema.type === 'integer' && names([p.name]);
      if ((typeof value === 'number' && Number.isNaN(value)) || refuses(doc, schema, value) || pastInteger) {
        cases.push(
          withBase(
            `query ${p.name} = ${JSON.stringify(raw)}`,
            pathOf(base.pathValues, { ...baseQuery, [p.name]: encodeURIComponent(raw) }),
          ),
        );
      }
    }
    for (const [what, raw] of [
      ['U+0000', '%00'],
      ['invalid percent-encoding', '%ff%fe'],
      ['encoded lone surrogate', '%ED%A0%80'],
      ['10 000 characters', 'q'.repeat(10_000)],
    ] as const) {
      const free = schema.type === 'string' && !schema.enum && !schema.pattern;
      // A filter of free text may answer 200 with nothing found; anything else must refuse.
      cases.push({
        ...withBase(`query ${p.name}: ${what}`, pathOf(base.pathValues, { ...baseQuery, [p.name]: raw })),
        expect: free && method === 'get' ? 'probe' : 'refused',
      });
    }
  }
  return cases;
}

/** An operation that documents no body. */
function noBodyCases({ method, params, basePath, withBase }: OperationBase): HostileCase[] {
  // Nothing documented to corrupt but the query string: junk in it must not break a read.
  if (method === 'get') {
    const junk = `x=%00&y=%ff&z=%ED%A0%80&__proto__=1&${'w'.repeat(5000)}=1`;
    return [{ ...withBase('junk query string', `${basePath}${basePath.includes('?') ? '&' : '?'}${junk}`), expect: 'probe' }];
  }
  // An operation that reads no body and no parameters: a junk body must be ignored or refused, never break it.
  if (params.length === 0) {
    const junk = '{"a":"\\ud800\u0000';
    return [{ name: 'unexpected junk body', path: basePath, headers: { 'content-type': 'application/json' }, body: junk, expect: 'probe' }];
  }
  return [];
}

/** A case that sends `body` as `contentType` to the base path. */
const rawCase = (o: OperationBase, name: string, body: string | Uint8Array | undefined, contentType: string | undefined): HostileCase => ({
  name,
  path: o.basePath,
  headers: contentType ? { 'content-type': contentType } : {},
  body,
  expect: 'refused',
});

/** Whole bodies that are not what the operation reads. */
function wholeBodyCases(o: OperationBase, body: BaseBody): HostileCase[] {
  const { doc, method } = o;
  const { media, text } = body;
  const raw = (name: string, b: string | Uint8Array | undefined, contentType: string | undefined) => rawCase(o, name, b, contentType);
  const cases: HostileCase[] = [];
  const isPatch = method === 'patch';
  // A request with no body at all reads as `{}`: refused only where `{}` is.
  if (!isPatch && (!body.json || refuses(doc, body.schema, {}))) cases.push(raw('no body, no content type', undefined, undefined));
  if (!isPatch) cases.push(raw('empty body', '', media));
  // A PATCH that changes nothing is a valid no-op (200, nothing logged): probed, never refused.
  if (isPatch) {
    cases.push({ ...raw('empty PATCH {} (a no-op: 2xx or 4xx, nothing logged)', '{}', media), expect: 'probe' });
    cases.push({ ...raw('PATCH with no body (a no-op: 2xx or 4xx, nothing logged)', undefined, undefined), expect: 'probe' });
  }
  cases.push(raw(`body with content type text/html`, text, 'text/html'));
  cases.push(raw('oversized body (1.1 MB string, past BODY_LIMIT)', body.json ? jsonText({ padding: HUGE }) : HUGE, media));
  const notUtf8 = body.json ? invalidUtf8Body(body.value) : Buffer.concat([Buffer.from(text), Buffer.from([0xff, 0xfe, 0x0a])]);
  cases.push(raw('body not valid UTF-8 (0xff 0xfe in a string)', notUtf8, media));
  return cases;
}

/** A text body (CSV) with what no cell may hold. */
function textCases(o: OperationBase, { media, text }: BaseBody): HostileCase[] {
  return [
    rawCase(o, `body with content type application/json`, text, 'application/json'),
    rawCase(o, 'U+0000 in the last cell', text.replace(/\n?$/, '\u0000\n'), media),
    rawCase(
      o,
      'body encoding a lone surrogate (CESU-8 bytes ED A0 80)',
      Buffer.concat([Buffer.from(text), Buffer.from([0xed, 0xa0, 0x80, 0x0a])]),
      media,
    ),
  ];
}

/** A JSON body that is not JSON, not an object, or whose values the schema refuses. */
function jsonCases(o: OperationBase, body: BaseBody & { json: true }): HostileCase[] {
  const { media, text, schema, value } = body;
  const raw = (name: string, b: string) => rawCase(o, name, b, media);
  const rest = text.slice(1);
  const cases = [
    rawCase(o, 'body with content type text/plain', text, 'text/plain'),
    raw('not JSON', '{"broken":'),
    raw('JSON with a trailing comma', `${text.slice(0, -1)},}`),
    raw('the JSON text null', 'null'),
    raw('a JSON array', '[]'),
    raw('a JSON number', '12345'),
    raw('a JSON string', '"abc"'),
    raw('an object 10 000 levels deep', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`),
    raw('a lone surrogate in a key', `{"a\\ud800b":1${rest === '}' ? '' : ','}${rest}`),
  ];
  for (const c of bodyValueCases(o.doc, value, [], schema, true)) {
    if (o.method === 'patch' && c.value !== null && typeof c.value === 'object' && Object.keys(c.value).length === 0) continue;
    cases.push(raw(c.name, c.value === undefined ? '' : jsonText(c.value)));
  }
  return cases;
}
