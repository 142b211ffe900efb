/** Every type, field, argument, input field and enum value a client can see carries a description. */
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/graphql/schema.js';

/** What federation and the link spec add: documented by their own specs, not by this API. */
const FEDERATION = /^(_Any|_Entity|_Service|link__|federation__|FieldSet|link__Import|link__Purpose)/;

describe('the schema documents itself', () => {
  it('has a description on every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || FEDERATION.test(type.name)) continue;
      if (!type.description && !(isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (field.name === '_service' || field.name === '_entities') continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      } else if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      } else if (isUnionType(type) && !type.description) {
        missing.push(type.name);
      }
    }
    expect(missing).toEqual([]);
  });
});
