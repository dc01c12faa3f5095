import { registerEnumType } from 'type-graphql';
import { Authority } from '../../domain/authority';
import { ChainDirection, Direction } from '../../domain/direction';
import { DocumentType } from '../../domain/document-type';
import { RelationType } from '../../domain/relation-type';
import { System } from '../../domain/system';
import { RelationOrigin } from './relation-origin';
import { Severity } from './severity';

/*
 * The domain enums are the GraphQL enums: their member names and values are
 * the contract's (shared/contract/api.graphql), so resolvers pass domain
 * values through untouched. Registered once, on import, as type-graphql wants.
 */
registerEnumType(DocumentType, { name: 'DocumentType' });
registerEnumType(RelationType, {
  name: 'RelationType',
  description: 'Direction is always from the later (citing) document to the earlier one.',
});
registerEnumType(Direction, {
  name: 'Direction',
  valuesConfig: {
    OUT: { description: 'relations whose source is this document (what it cites, implements, repeats...)' },
    IN: { description: 'relations whose target is this document (who cites, implements, repeats it)' },
  },
});
registerEnumType(ChainDirection, {
  name: 'ChainDirection',
  valuesConfig: {
    UPSTREAM: { description: 'follow relations from source to target: what the document rests on' },
    DOWNSTREAM: { description: 'follow relations from target to source: what rests on the document' },
  },
});
registerEnumType(System, { name: 'System' });
registerEnumType(Authority, { name: 'Authority' });
registerEnumType(RelationOrigin, {
  name: 'RelationOrigin',
  description: 'Whether a relation was extracted from the texts or added by an analyst.',
});
registerEnumType(Severity, { name: 'Severity' });

export { Authority, ChainDirection, Direction, DocumentType, RelationOrigin, RelationType, Severity, System };
