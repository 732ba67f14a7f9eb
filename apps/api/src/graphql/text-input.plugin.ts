import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import {
  GraphQLError,
  TypeInfo,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { unsafeTextReason } from '../common/text-input';
import type { GraphQLContext } from '../access/viewer';

/** The first string inside `value` that is not acceptable text, with its path (`input.title`, `ids[2]`). */
function findUnsafeText(value: unknown, path: string, type: GraphQLInputType | null): { path: string; reason: string } | null {
  if (typeof value === 'string') {
    const reason = unsafeTextReason(value);
    return reason ? { path, reason } : null;
  }
  if (Array.isArray(value)) {
    const itemType = type && isNonNullType(type) ? type.ofType : type;
    const inner = itemType && isListType(itemType) ? (itemType.ofType as GraphQLInputType) : null;
    for (const [index, item] of value.entries()) {
      const found = findUnsafeText(item, `${path}[${index}]`, inner);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    const named = type ? getNamedType(type) : null;
    const fields = named && isInputObjectType(named) ? named.getFields() : {};
    for (const [key, item] of Object.entries(value)) {
      // Keys are checked too: an unknown field is refused later by name, which must stay printable.
      const keyReason = unsafeTextReason(key);
      if (keyReason) return { path, reason: `has a field name that ${keyReason}` };
      const found = findUnsafeText(item, `${path}.${key}`, fields[key]?.type ?? null);
      if (found) return found;
    }
  }
  return null;
}

/**
 * One rule for every string input of every operation: an argument or input-object field (inline
 * in the document or in a variable, at any depth) holding a NUL character or an unpaired
 * surrogate is refused before any resolver runs, as BAD_USER_INPUT naming the argument and field
 * (HTTP 400). Without it such text reached PostgreSQL, which refuses it with an internal error.
 * The value itself is not echoed: it may be a password.
 */
export function textInputPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext: GraphQLRequestContext<GraphQLContext>) {
          const { document, schema } = requestContext as unknown as {
            document: import('graphql').DocumentNode;
            schema: GraphQLSchema;
          };
          const variables = requestContext.request.variables ?? {};
          const operation = requestContext.operation;
          // Variables by the argument that uses them, so the error names the argument.
          const typeInfo = new TypeInfo(schema);
          let found: { path: string; reason: string } | null = null;
          visit(
            document,
            visitWithTypeInfo(typeInfo, {
              Argument(node) {
                if (found) return false;
                const argument = typeInfo.getArgument();
                const value = valueFromASTUntyped(node.value, variables);
                found = findUnsafeText(value, node.name.value, argument?.type ?? null);
                return undefined;
              },
            }),
          );
          // Variables no argument uses are still input: check them by their own names.
          if (!found) {
            for (const definition of operation?.variableDefinitions ?? []) {
              const name = definition.variable.name.value;
              found = findUnsafeText(variables[name], `$${name}`, null);
              if (found) break;
            }
          }
          if (found) {
            const { path, reason } = found as { path: string; reason: string };
            throw new GraphQLError(`Invalid value for ${path}: ${reason}. Remove it and try again.`, {
              extensions: { code: 'BAD_USER_INPUT', field: path, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
