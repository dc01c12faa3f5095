import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { ASSUMED_LIST_SIZE } from './api-limits';

export interface OperationMeasure {
  depth: number;
  fields: number;
  aliases: number;
  complexity: number;
  /** True when counting stopped early because `fields` passed the budget (the other figures are then lower bounds). */
  truncated: boolean;
}

export interface MeasureOptions {
  /** Stop counting after this many fields: fragment spreads can blow a small text up exponentially. */
  fieldBudget: number;
  /** Worst case used for `first` given as a variable (validation cannot see variable values). */
  maxPageSize: number;
}

class BudgetExhausted extends Error {}

/**
 * Measures an operation with fragments expanded: depth, fields, aliases and
 * an estimated cost where a field costs 1 plus its children times its list
 * size (`first` when given, else `ASSUMED_LIST_SIZE` for list fields; a
 * connection's `edges` inherit the page size of `first`). Introspection
 * fields are not counted so that GraphiQL's schema query always passes.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  options: MeasureOptions,
): OperationMeasure {
  const measure: OperationMeasure = { depth: 0, fields: 0, aliases: 0, complexity: 0, truncated: false };
  const rootType =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();

  function fieldDef(parent: GraphQLNamedType | undefined | null, name: string): GraphQLField<unknown, unknown> | undefined {
    if (parent && (isObjectType(parent) || isInterfaceType(parent))) return parent.getFields()[name];
    return undefined;
  }

  function listSize(node: FieldNode, def: GraphQLField<unknown, unknown> | undefined): number {
    const first = node.arguments?.find((a) => a.name.value === 'first');
    if (first) {
      if (first.value.kind === Kind.INT) return Math.max(0, Number(first.value.value));
      if (first.value.kind === Kind.VARIABLE) return options.maxPageSize;
    }
    if (def && isListType(getNullableType(def.type))) {
      return node.name.value === 'edges' ? 1 : ASSUMED_LIST_SIZE;
    }
    return 1;
  }

  function walk(
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType | undefined | null,
    depth: number,
    visiting: ReadonlySet<string>,
  ): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      switch (selection.kind) {
        case Kind.FIELD: {
          const name = selection.name.value;
          if (name.startsWith('__')) break;
          measure.fields += 1;
          if (selection.alias) measure.aliases += 1;
          if (measure.fields > options.fieldBudget) throw new BudgetExhausted();
          measure.depth = Math.max(measure.depth, depth);
          const def = fieldDef(parent, name);
          const childCost = selection.selectionSet
            ? walk(selection.selectionSet, def ? getNamedType(def.type) : undefined, depth + 1, visiting)
            : 0;
          cost += 1 + listSize(selection, def) * childCost;
          break;
        }
        case Kind.INLINE_FRAGMENT: {
          const typed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
          cost += walk(selection.selectionSet, typed, depth, visiting);
          break;
        }
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          // Unknown and cyclic fragments are reported by the standard rules.
          if (!fragment || visiting.has(name)) break;
          const typed = schema.getType(fragment.typeCondition.name.value);
          cost += walk(fragment.selectionSet, typed, depth, new Set([...visiting, name]));
          break;
        }
      }
    }
    return cost;
  }

  try {
    measure.complexity = walk(operation.selectionSet, rootType, 1, new Set());
  } catch (error) {
    if (!(error instanceof BudgetExhausted)) throw error;
    measure.truncated = true;
  }
  return measure;
}
