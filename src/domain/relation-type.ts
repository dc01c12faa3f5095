/** Relations between documents; direction is always from the later (citing) document to the earlier one. */
export enum RelationType {
  IMPLEMENTS = 'IMPLEMENTS',
  CITES = 'CITES',
  ATTACHES = 'ATTACHES',
  BASED_ON = 'BASED_ON',
  REPEATS = 'REPEATS',
  AMENDS = 'AMENDS',
  REPLACES = 'REPLACES',
}

export const ALL_RELATION_TYPES: readonly RelationType[] = Object.values(RelationType);

/** Relation types that imply a CITES pair as well (domain.md §4). */
export const CITING_RELATION_TYPES: readonly RelationType[] = [
  RelationType.IMPLEMENTS,
  RelationType.BASED_ON,
  RelationType.ATTACHES,
  RelationType.AMENDS,
  RelationType.REPLACES,
];
