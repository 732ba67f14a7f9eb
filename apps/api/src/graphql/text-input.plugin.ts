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
  type ArgumentNode,
  type DocumentNode,
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

interface DocumentArguments {
  schema: GraphQLSchema;
  arguments: Array<{ node: ArgumentNode; type: GraphQLInputType | null }>;
}

/**
 * Apollo keeps one parsed document per query text and hands the same object to every request
 * sending it; its arguments and their types (in document order) are found once per document and
 * schema, and each request only reads their values (the values, from variables, change).
 */
const argumentsByDocument = new WeakMap<DocumentNode, DocumentArguments>();

function argumentsOf(document: DocumentNode, schema: GraphQLSchema): DocumentArguments['arguments'] {
  const known = argumentsByDocument.get(document);
  if (known && known.schema === schema) return known.arguments;
  const typeInfo = new TypeInfo(schema);
  const found: DocumentArguments['arguments'] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        found.push({ node, type: typeInfo.getArgument()?.type ?? null });
      },
    }),
  );
  argumentsByDocument.set(document, { schema, arguments: found });
  return found;
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
            document: DocumentNode;
            schema: GraphQLSchema;
          };
          const variables = requestContext.request.variables ?? {};
          const operation = requestContext.operation;
          let found: { path: string; reason: string } | null = null;
          for (const { node, type } of argumentsOf(document, schema)) {
            const value = valueFromASTUntyped(node.value, variables);
            found = findUnsafeText(value, node.name.value, type);
            if (found) break;
          }
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
