import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Direction } from '../../domain/direction';
import { InvalidArgumentError, NotFoundError } from '../../domain/errors';
import type { RelationCorrection, RelationRecord } from '../../domain/graph';
import { assertWellFormedId } from '../../domain/identity';
import type { ApiContext } from '../context';
import { RelationObject } from '../relation/relation.type';
import { CorrectionArgs } from './correction.args';
import type { RelationCorrectionInput } from './relation-correction.input';

async function toCorrection(action: 'add' | 'remove', input: RelationCorrectionInput, ctx: ApiContext): Promise<RelationCorrection> {
  assertWellFormedId(input.sourceId, 'doc');
  assertWellFormedId(input.targetId, 'doc');
  if (input.sourceId === input.targetId) throw new InvalidArgumentError('A relation needs two different documents.');
  const [source, target] = await ctx.store.getDocuments([input.sourceId, input.targetId]);
  if (!source) throw new NotFoundError(`No document ${input.sourceId}.`);
  if (!target) throw new NotFoundError(`No document ${input.targetId}.`);
  const analyst = input.analyst?.trim();
  return {
    action,
    type: input.type,
    sourceId: input.sourceId,
    targetId: input.targetId,
    note: input.note ?? null,
    createdBy: analyst ? `${analyst} (${ctx.caller.name})` : ctx.caller.name,
    createdAt: new Date().toISOString(),
  };
}

@Resolver()
export class CorrectionResolver {
  @Authorized()
  @Mutation(() => RelationObject, { description: 'Add a relation extraction missed. Idempotent. Needs the bearer token.' })
  async addRelation(@Args(() => CorrectionArgs) { input }: CorrectionArgs, @Ctx() ctx: ApiContext): Promise<RelationRecord> {
    const correction = await toCorrection('add', input, ctx);
    await ctx.store.applyCorrection(correction);
    const effective = await ctx.store.relations([correction.sourceId], Direction.OUT, [correction.type]);
    const added = effective.find((r) => r.targetId === correction.targetId);
    if (!added) throw new NotFoundError('The correction was stored but the relation does not read back; report this.');
    return added;
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: 'Remove a relation extraction got wrong (it stays removed across re-ingest). True when it no longer holds. Needs the bearer token.',
  })
  async removeRelation(@Args(() => CorrectionArgs) { input }: CorrectionArgs, @Ctx() ctx: ApiContext): Promise<boolean> {
    const correction = await toCorrection('remove', input, ctx);
    await ctx.store.applyCorrection(correction);
    const effective = await ctx.store.relations([correction.sourceId], Direction.OUT, [correction.type]);
    return !effective.some((r) => r.targetId === correction.targetId);
  }
}
