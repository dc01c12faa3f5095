import { getMetadataStorage, validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** As type-graphql's own validation ran them: absent optional fields are not checked, plain objects are allowed. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const constrained = new WeakMap<object, boolean>();

/** Whether class-validator knows any constraint for instances of `type` (inherited ones included). */
function hasConstraints(type: Function): boolean {
  let known = constrained.get(type);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;
    constrained.set(type, known);
  }
  return known;
}

/**
 * Argument validation for `buildSchema`: class-validator runs for argument
 * classes that declare constraints (lengths, ranges, nested inputs) exactly
 * as type-graphql's built-in validation did, and is skipped for those that
 * declare none. type-graphql would otherwise run it for every field with
 * arguments on every row — `relations(direction: OUT)` on each document of a
 * page — where it cost more than resolving the field.
 */
export const validateConstrainedArgs: ValidatorFn = async (argValue, argType) => {
  if (argValue === null || typeof argValue !== 'object') return;
  if (typeof argType !== 'function' || !hasConstraints(argType)) return;
  try {
    if (Array.isArray(argValue)) {
      await Promise.all(argValue.filter((item) => item !== null && typeof item === 'object').map((item) => validateOrReject(item, OPTIONS)));
    } else {
      await validateOrReject(argValue, OPTIONS);
    }
  } catch (error) {
    throw new ArgumentValidationError(error as ValidationError[]);
  }
};
