import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type ValidationRule } from 'graphql';
import { ErrorCode } from '../errors/error-code';
import type { QueryLimits } from './api-limits';
import { MAX_PAGE_SIZE } from './api-limits';
import { measureOperation } from './measure-operation';

function tooComplex(message: string, limit: string, node: ASTNode): GraphQLError {
  return new GraphQLError(message, { nodes: node, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit } });
}

/**
 * A validation rule that refuses, before anything runs, operations that are
 * too deep, too wide, too aliased or too costly. One rule measures all four
 * so that fragments are expanded once.
 */
export function createQueryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const measured = measureOperation(context.getSchema(), operation, fragments, {
          fieldBudget: limits.maxFields,
          maxPageSize: MAX_PAGE_SIZE,
        });
        // When counting stopped early the other figures are lower bounds: still enough to refuse on.
        const atLeast = measured.truncated ? 'at least ' : '';
        if (measured.aliases > limits.maxAliases) {
          context.reportError(
            tooComplex(`The query uses ${atLeast}${measured.aliases} aliases; the limit is ${limits.maxAliases}.`, 'maxAliases', operation),
          );
        }
        if (measured.truncated) {
          context.reportError(
            tooComplex(`The query selects more than ${limits.maxFields} fields once fragments are expanded; ask for fewer fields.`, 'maxFields', operation),
          );
        }
        if (measured.depth > limits.maxDepth) {
          context.reportError(
            tooComplex(
              `The query is ${atLeast}${measured.depth} levels deep; the limit is ${limits.maxDepth}. Use citationChain for long chains.`,
              'maxDepth',
              operation,
            ),
          );
        }
        if (!measured.truncated && measured.complexity > limits.maxComplexity) {
          context.reportError(
            tooComplex(
              `The query's estimated cost is ${measured.complexity}; the limit is ${limits.maxComplexity}. Ask for smaller pages or fewer nested lists.`,
              'maxComplexity',
              operation,
            ),
          );
        }
      },
    };
  };
}
