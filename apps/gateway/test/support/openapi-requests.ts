import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

/**
 * Reads the OpenAPI document at test time and turns each operation into requests: valid values
 * built from the schemas (examples first), fast-check arbitraries for valid and hostile values,
 * and path parameters filled from fixtures by name. New operations are covered without a line
 * of test code: whatever is in openapi/openapi.json is what the attack tests send.
 */

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  example?: unknown;
  default?: unknown;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  nullable?: boolean;
};

export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

export interface OperationAccess {
  roles: string[] | 'any';
  scope: string | null;
}

export interface Operation {
  operationId: string;
  method: string;
  /** The OpenAPI path template, `/v1/units/{unitId}`. */
  path: string;
  parameters: OperationParameter[];
  /** Media type → schema of the request body, when the operation takes one. */
  body: Record<string, JsonSchema> | undefined;
  bodyRequired: boolean;
  /** `undefined` for public operations. */
  access: OperationAccess | undefined;
  security: unknown[];
  responses: string[];
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, JsonSchema> };
}

export const openApiDocument = JSON.parse(
  readFileSync(new URL('../../../../openapi/openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument;

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

export function resolve(schema: JsonSchema | undefined): JsonSchema {
  let current: JsonSchema = schema ?? {};
  for (let depth = 0; current.$ref && depth < 20; depth++) {
    const name = current.$ref.split('/').pop() ?? '';
    const target = openApiDocument.components.schemas[name];
    if (!target) throw new Error(`Unresolved $ref ${current.$ref}`);
    const { $ref: _ref, ...rest } = current;
    current = { ...target, ...rest };
  }
  if (current.allOf) {
    // Merge the parts (the document uses allOf only to add descriptions to a $ref).
    const merged: JsonSchema = { ...current, allOf: undefined };
    for (const part of current.allOf) {
      const resolved = resolve(part);
      Object.assign(merged, resolved, {
        properties: { ...merged.properties, ...resolved.properties },
        required: [...(merged.required ?? []), ...(resolved.required ?? [])],
      });
    }
    if (Object.keys(merged.properties ?? {}).length === 0) delete merged.properties;
    if ((merged.required ?? []).length === 0) delete merged.required;
    delete merged.allOf;
    return merged;
  }
  return current;
}

/** Every operation of the document, in document order. */
export function loadOperations(): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(openApiDocument.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method)) continue;
      const requestBody = raw.requestBody as
        | { required?: boolean; content: Record<string, { schema: JsonSchema }> }
        | undefined;
      operations.push({
        operationId: raw.operationId as string,
        method: method.toUpperCase(),
        path,
        parameters: ((raw.parameters as OperationParameter[] | undefined) ?? []).map((parameter) => ({
          ...parameter,
          required: parameter.required === true,
          schema: resolve(parameter.schema),
        })),
        body: requestBody
          ? Object.fromEntries(
              Object.entries(requestBody.content).map(([type, content]) => [type, content.schema]),
            )
          : undefined,
        bodyRequired: requestBody?.required === true,
        access: raw['x-qms-access'] as OperationAccess | undefined,
        security: (raw.security as unknown[] | undefined) ?? [],
        responses: Object.keys((raw.responses as Record<string, unknown>) ?? {}),
      });
    }
  }
  return operations;
}

export const pathParameters = (operation: Operation) =>
  operation.parameters.filter((parameter) => parameter.in === 'path');

const typesOf = (schema: JsonSchema): string[] =>
  schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];

/** Values for ids named in bodies and query strings, by property name (`measureId` → a measure). */
export type IdLookup = (name: string) => string | undefined;

/**
 * One valid value for a schema: the schema's own example when it has one (the document gives
 * examples for most), else the smallest value that satisfies it. Id-like properties are taken
 * from `ids` so that the request names real records.
 */
export function validValue(
  schema: JsonSchema | undefined,
  ids: IdLookup = () => undefined,
  name = '',
): unknown {
  const resolved = resolve(schema);
  if (name) {
    const id = ids(name);
    if (id !== undefined && (resolved.format === 'uuid' || typesOf(resolved).includes('string'))) return id;
  }
  if (resolved.const !== undefined) return resolved.const;
  if (resolved.example !== undefined && typeof resolved.example !== 'object') return resolved.example;
  if (resolved.enum) return resolved.enum[0];
  const alternatives = resolved.oneOf ?? resolved.anyOf;
  if (alternatives && !resolved.properties) {
    const first = alternatives.find((alternative) => !typesOf(resolve(alternative)).includes('null'));
    return validValue(first ?? alternatives[0], ids, name);
  }
  const types = typesOf(resolved).filter((type) => type !== 'null');
  const type = types[0] ?? (resolved.properties ? 'object' : undefined);
  if (type === 'object') {
    const value: Record<string, unknown> = {};
    const example =
      resolved.example && typeof resolved.example === 'object' && !Array.isArray(resolved.example)
        ? (resolved.example as Record<string, unknown>)
        : undefined;
    for (const [property, propertySchema] of Object.entries(resolved.properties ?? {})) {
      const id = ids(property);
      if (id !== undefined && resolve(propertySchema).format === 'uuid') {
        if (resolved.required?.includes(property) || example?.[property] !== undefined) value[property] = id;
        continue;
      }
      if (example && property in example) {
        value[property] = example[property];
      } else if (
        resolved.required?.includes(property) ||
        (!example && resolve(propertySchema).example !== undefined)
      ) {
        // Without an example of the whole object, optional members that document one are sent
        // too: rules across members (a requirement needs a due date) are written into them.
        value[property] = validValue(propertySchema, ids, property);
      }
    }
    return value;
  }
  if (resolved.example !== undefined) return resolved.example;
  if (resolved.default !== undefined) return resolved.default;
  switch (type) {
    case 'array': {
      const count = Math.max(resolved.minItems ?? 0, 1);
      return Array.from({ length: Math.min(count, resolved.maxItems ?? count) }, () =>
        validValue(resolved.items, ids),
      );
    }
    case 'string':
      if (resolved.format === 'uuid') return randomUUID();
      if (resolved.format === 'date') return '2024-04-01';
      if (resolved.format === 'date-time') return '2024-04-01T00:00:00Z';
      return 'x'.repeat(Math.max(resolved.minLength ?? 1, 1));
    case 'integer':
      return (
        resolved.minimum ?? (resolved.exclusiveMinimum !== undefined ? resolved.exclusiveMinimum + 1 : 1)
      );
    case 'number':
      return (
        resolved.minimum ?? (resolved.exclusiveMinimum !== undefined ? resolved.exclusiveMinimum + 1 : 1)
      );
    case 'boolean':
      return false;
    default:
      return null;
  }
}

/** Strings that have broken parsers and databases before: NUL, lone surrogates, SQL, huge. */
const NASTY_STRINGS = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '-0',
  '0x10',
  'null',
  'undefined',
  'true',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '💥🏥',
  'ǅ̸̢̛̗̫̏ͅ',
  "'; drop table organisations; --",
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '{"$ne":null}',
  '2024-13-45',
  '9999-12-31T23:59:59Z',
  '0000-00-00',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'a'.repeat(10_000),
];

const NASTY_NUMBERS = [
  0,
  -1,
  -0,
  1.5,
  2 ** 31,
  2 ** 53 + 1,
  -(2 ** 63),
  1e308,
  -1e308,
  Number.MIN_VALUE,
  1e-320,
];

/** Nesting far deeper than any schema allows. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? { a: value } : [value];
  return value;
}

/** A hostile value: wrong type, boundary, huge, nested, unicode or null. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.constantFrom(...NASTY_NUMBERS),
  fc.constantFrom(null, true, false, [], {}, [null], { '': null }, { __proto__: { polluted: true } }),
  fc.constant(deeplyNested(200)),
  fc.constant(deeplyNested(1_000)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map((value) => Number(value)),
  fc.array(fc.string(), { maxLength: 300 }),
);

/**
 * Values at and just beyond the schema's own limits, and the type's own edges: empty and
 * maximal strings, one past a length or a bound, huge and fractional numbers, NaN-ish strings,
 * malformed ids and dates, out-of-enum values, and `null` where the schema does not allow it.
 */
export function boundaryValues(schema: JsonSchema): unknown[] {
  const resolved = resolve(schema);
  const types = typesOf(resolved);
  const values: unknown[] = [];
  if (!types.includes('null') && resolved.nullable !== true) values.push(null);
  if (resolved.enum) values.push(`${String(resolved.enum[0])}-not-in-enum`, '');
  if (types.includes('string') && !resolved.enum) {
    values.push('', 'NaN');
    if (resolved.maxLength !== undefined) {
      values.push('x'.repeat(resolved.maxLength), 'x'.repeat(resolved.maxLength + 1));
    } else {
      values.push('x'.repeat(20_000));
    }
    if (resolved.minLength !== undefined && resolved.minLength > 1)
      values.push('x'.repeat(resolved.minLength - 1));
    if (resolved.format === 'uuid') values.push('not-a-uuid', randomUUID().toUpperCase(), `${randomUUID()}x`);
    if (resolved.format === 'date') values.push('2024-02-30', '2024-4-1', '+275760-09-13');
    if (resolved.format === 'date-time') values.push('2024-04-01T25:00:00Z', '2024-04-01');
  }
  if (types.includes('integer') || types.includes('number')) {
    if (resolved.maximum !== undefined) values.push(resolved.maximum, resolved.maximum + 1);
    else values.push(2 ** 53 + 2, 1e308);
    if (resolved.minimum !== undefined) values.push(resolved.minimum, resolved.minimum - 1);
    else values.push(-1e308);
    if (resolved.exclusiveMinimum !== undefined) values.push(resolved.exclusiveMinimum);
    if (resolved.exclusiveMaximum !== undefined) values.push(resolved.exclusiveMaximum);
    if (types.includes('integer')) values.push(1.5);
    values.push('NaN', '1');
  }
  if (types.includes('boolean')) values.push('true', 0);
  if (types.includes('array')) {
    if ((resolved.minItems ?? 0) > 0) values.push([]);
    if (resolved.maxItems !== undefined) {
      const item = validValue(resolved.items);
      values.push(Array.from({ length: resolved.maxItems + 1 }, () => item));
    }
  }
  if (types.includes('object') || resolved.properties) values.push([], {});
  return values;
}

/** A schema-driven arbitrary of values that satisfy the schema (bounded in size). */
export function validArbitrary(
  schema: JsonSchema | undefined,
  ids: IdLookup,
  depth = 0,
): fc.Arbitrary<unknown> {
  const resolved = resolve(schema);
  const fallback = fc.constant(validValue(resolved, ids));
  if (depth > 6) return fallback;
  if (resolved.const !== undefined) return fc.constant(resolved.const);
  if (resolved.enum) return fc.constantFrom(...resolved.enum);
  const alternatives = resolved.oneOf ?? resolved.anyOf;
  if (alternatives && !resolved.properties) {
    return fc.oneof(...alternatives.map((alternative) => validArbitrary(alternative, ids, depth + 1)));
  }
  const types = typesOf(resolved);
  const type =
    types.find((candidate) => candidate !== 'null') ?? (resolved.properties ? 'object' : undefined);
  const nullable = types.includes('null');
  let arbitrary: fc.Arbitrary<unknown>;
  switch (type) {
    case 'object': {
      const entries = Object.entries(resolved.properties ?? {});
      if (entries.length === 0) return fallback;
      const base = validValue(resolved, ids) as Record<string, unknown>;
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [property, propertySchema] of entries) {
        const id = ids(property);
        record[property] =
          id !== undefined && resolve(propertySchema).format === 'uuid'
            ? fc.constant(id)
            : fc.oneof(
                {
                  weight: 3,
                  arbitrary: fc.constant(base[property] ?? validValue(propertySchema, ids, property)),
                },
                { weight: 1, arbitrary: validArbitrary(propertySchema, ids, depth + 1) },
              );
      }
      arbitrary = fc.record(record, { requiredKeys: resolved.required ?? [] }).map((value) => {
        // Keep the example's optional members too, so valid bodies stay close to realistic ones.
        const merged: Record<string, unknown> = {};
        for (const [key, member] of Object.entries({ ...base, ...value })) {
          if (member !== undefined) merged[key] = member;
        }
        return merged;
      });
      break;
    }
    case 'array': {
      const minLength = resolved.minItems ?? 0;
      const maxLength = Math.min(resolved.maxItems ?? 5, Math.max(minLength, 5));
      arbitrary = fc.array(validArbitrary(resolved.items, ids, depth + 1), { minLength, maxLength });
      break;
    }
    case 'string': {
      if (resolved.format === 'uuid') arbitrary = fc.uuid();
      else if (resolved.format === 'date')
        arbitrary = fc
          .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10));
      else if (resolved.format === 'date-time')
        arbitrary = fc
          .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((date) => date.toISOString());
      else if (resolved.pattern) {
        arbitrary = fc.oneof(
          fc.constant(validValue(resolved, ids)),
          fc
            .stringMatching(new RegExp(resolved.pattern))
            .filter(
              (value) =>
                value.length >= (resolved.minLength ?? 0) && value.length <= (resolved.maxLength ?? 10_000),
            ),
        );
      } else {
        arbitrary = fc.string({
          unit: 'grapheme',
          minLength: resolved.minLength ?? 0,
          maxLength: Math.min(resolved.maxLength ?? 40, 40),
        });
      }
      break;
    }
    case 'integer':
      arbitrary = fc.integer({
        min: resolved.minimum ?? (resolved.exclusiveMinimum ?? -1_000_001) + 1,
        max: resolved.maximum ?? (resolved.exclusiveMaximum ?? 1_000_001) - 1,
      });
      break;
    case 'number':
      arbitrary = fc.double({
        min: resolved.minimum ?? resolved.exclusiveMinimum ?? -1e9,
        max: resolved.maximum ?? resolved.exclusiveMaximum ?? 1e9,
        minExcluded: resolved.minimum === undefined && resolved.exclusiveMinimum !== undefined,
        maxExcluded: resolved.maximum === undefined && resolved.exclusiveMaximum !== undefined,
        noNaN: true,
        noDefaultInfinity: true,
      });
      break;
    case 'boolean':
      arbitrary = fc.boolean();
      break;
    default:
      return fallback;
  }
  return nullable ? fc.option(arbitrary, { nil: null }) : arbitrary;
}

/** Paths (as key lists) to every member of a value, for targeted mutation. */
function memberPaths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  if (prefix.length > 6) return out;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      out.push([...prefix, index]);
      memberPaths(item, [...prefix, index], out);
    });
  } else if (value && typeof value === 'object') {
    for (const [key, member] of Object.entries(value)) {
      out.push([...prefix, key]);
      memberPaths(member, [...prefix, key], out);
    }
  }
  return out;
}

function setAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = setAt(copy[head as number], rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  copy[head] = setAt(copy[head], rest, replacement);
  return copy;
}

function schemaAt(schema: JsonSchema, path: (string | number)[]): JsonSchema {
  let current = resolve(schema);
  for (const key of path) {
    if (typeof key === 'number') current = resolve(current.items);
    else current = resolve(current.properties?.[key] ?? (current.oneOf ?? current.anyOf)?.[0]);
  }
  return current;
}

/** The body (a valid one) with the member at `path` removed. */
function withoutAt(value: unknown, path: (string | number)[]): unknown {
  const parent = path.slice(0, -1);
  const key = path[path.length - 1] as string | number;
  let container: unknown = value;
  for (const step of parent) container = (container as Record<string | number, unknown>)[step];
  if (Array.isArray(container))
    return setAt(
      value,
      parent,
      container.filter((_, index) => index !== key),
    );
  const { [key]: _removed, ...rest } = container as Record<string | number, unknown>;
  return setAt(value, parent, rest);
}

/**
 * A valid body at or just past the schema's limits: one member (or the whole body) set to one of
 * its boundary values, or one member removed.
 */
export function boundaryBodyArbitrary(schema: JsonSchema, ids: IdLookup): fc.Arbitrary<unknown> {
  const base = validValue(schema, ids);
  const variants: fc.Arbitrary<unknown>[] = [];
  for (const path of [[], ...memberPaths(base)] as (string | number)[][]) {
    const candidates = boundaryValues(schemaAt(schema, path));
    if (candidates.length > 0)
      variants.push(fc.constantFrom(...candidates).map((value) => setAt(base, path, value)));
    if (path.length > 0) variants.push(fc.constant(path).map((member) => withoutAt(base, member)));
  }
  return variants.length > 0 ? fc.oneof(...variants) : fc.constant(null);
}

/** A valid body with one member (or the whole body) swapped for a hostile value, or a hostile member added. */
export function hostileBodyArbitrary(schema: JsonSchema, ids: IdLookup): fc.Arbitrary<unknown> {
  const base = validValue(schema, ids);
  const paths = memberPaths(base);
  const replaceOne =
    paths.length === 0
      ? nastyValue
      : fc.tuple(fc.constantFrom(...paths), nastyValue).map(([path, nasty]) => setAt(base, path, nasty));
  const extraMember = fc
    .tuple(fc.string({ maxLength: 20 }), nastyValue)
    .map(([key, nasty]) => (base && typeof base === 'object' ? { ...base, [key || 'extra']: nasty } : nasty));
  return fc.oneof(
    { weight: 6, arbitrary: replaceOne },
    { weight: 1, arbitrary: extraMember },
    { weight: 1, arbitrary: nastyValue },
  );
}

/**
 * The value with every free-text string member (a string with no format, enum or pattern) set to
 * `replacement`; `undefined` when it has none.
 */
export function withFreeText(schema: JsonSchema, value: unknown, replacement: string): unknown {
  let replaced = value;
  let any = false;
  for (const path of memberPaths(value)) {
    const member = schemaAt(schema, path);
    const free =
      typesOf(member).includes('string') &&
      !member.format &&
      !member.enum &&
      !member.pattern &&
      !member.const;
    let current: unknown = replaced;
    for (const step of path) current = (current as Record<string | number, unknown>)[step];
    if (free && typeof current === 'string') {
      replaced = setAt(replaced, path, replacement);
      any = true;
    }
  }
  return any ? replaced : undefined;
}

/** Query/path/header values that do not fit the parameter's schema. */
export function hostileParameterArbitrary(parameter: OperationParameter): fc.Arbitrary<string> {
  // Under Node's 16 KiB limit on the request head: a longer URL is refused by Node's HTTP parser
  // (431 without a body) before it reaches the platform.
  const boundaries = boundaryValues(parameter.schema)
    .map((value) => (typeof value === 'string' ? value : JSON.stringify(value)))
    .filter((value) => value.length < 5_000);
  return fc.oneof(
    fc.constantFrom(...NASTY_STRINGS.filter((value) => value.length < 5_000)),
    boundaries.length > 0 ? fc.constantFrom(...boundaries) : fc.constant('x'),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.integer().map(String),
    fc.constantFrom('-1', '0', '99999999999999999999', '1.5', 'NaN', '[]', '{}'),
  );
}

/**
 * Percent-encodes a path segment. A lone surrogate (which encodeURIComponent refuses) goes as
 * its three WTF-8 bytes: not UTF-8 at all, which is the point of sending it.
 */
function encodeSegment(value: string): string {
  let encoded = '';
  for (const character of value) {
    const code = character.charCodeAt(0);
    if (character.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      encoded += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    } else {
      encoded += encodeURIComponent(character);
    }
  }
  return encoded;
}

/** The path with its parameters filled in (percent-encoded). */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) =>
    encodeSegment(values[name] ?? randomUUID()),
  );
}

/** A query string from name → value (values already strings). */
export function queryString(values: Record<string, string>): string {
  const search = new URLSearchParams(values).toString();
  return search ? `?${search}` : '';
}

/** Required query parameters with valid values, ids from the lookup. */
export function validQuery(operation: Operation, ids: IdLookup): Record<string, string> {
  const values: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'query' || !parameter.required) continue;
    const value = ids(parameter.name) ?? validValue(parameter.schema, ids, parameter.name);
    values[parameter.name] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return values;
}
