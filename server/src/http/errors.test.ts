import { buildSchema, getVariableValues, parse, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { withoutEchoedValue } from './errors.js';

const schema = buildSchema(`
  input Who { name: String! contact: String }
  input Intake { kind: Int! who: Who! }
  type Query { x(input: Intake!): Int }
`);

/** The errors graphql-js gives for these variables of `query($input: Intake!)`. */
function coercionErrors(input: unknown): GraphQLError[] {
  const def = (parse('query($input: Intake!) { x(input: $input) }').definitions[0] as { variableDefinitions: readonly unknown[] }).variableDefinitions;
  const r = getVariableValues(schema, def as Parameters<typeof getVariableValues>[1], { input });
  return 'errors' in r && r.errors ? [...r.errors] : [];
}

describe('errors never echo the values a client sent', () => {
  it('keeps the variable, the path and the reason, and drops the value, for every way an input can be wrong', () => {
    const secret = 'Nguyễn Văn Tố Giác';
    const cases = [
      // A wrong leaf is echoed alone; a missing or unknown field echoes the whole object around it.
      { input: { kind: secret, who: { name: 'x' } }, path: 'input.kind' },
      { input: { who: { name: secret } }, path: '' },
      { input: { kind: 1, who: { name: secret }, extra: 1 }, path: '' },
      { input: { kind: 1, who: { name: secret, phone: '0912' } }, path: 'input.who' },
    ];
    for (const c of cases) {
      const [error] = coercionErrors(c.input);
      expect(error.message).toContain(secret); // what graphql-js says, value and all
      const cleaned = withoutEchoedValue(error.message, error);
      expect(cleaned).not.toContain(secret);
      expect(cleaned.startsWith(`Variable "$input" has an invalid value${c.path ? ` at "${c.path}"` : ''}; `), cleaned).toBe(true);
    }
  });

  it('drops a literal written into the document', () => {
    expect(withoutEchoedValue('Expected value of type "Int!", found "Nguyễn Văn A".', {})).toBe('Expected value of type "Int!".');
  });

  it('leaves every other message as it was', () => {
    expect(withoutEchoedValue('Cannot query field "x" on type "Query".', new Error('x'))).toBe('Cannot query field "x" on type "Query".');
    expect(withoutEchoedValue('Variable "$id" of required type "ID!" was not provided.', {})).toBe('Variable "$id" of required type "ID!" was not provided.');
  });
});
