import 'reflect-metadata';
import '../../../src/api/enums/register-enums';
import { ArgumentValidationError } from 'type-graphql';
import { DocumentFilterInput } from '../../../src/api/document/document-filter.input';
import { DocumentsArgs, RelationsArgs } from '../../../src/api/document/document.args';
import { MAX_PAGE_SIZE } from '../../../src/api/limits/api-limits';
import { MAX_FILTER_STRING_LENGTH } from '../../../src/api/limits/input-limits';
import { validateConstrainedArgs } from '../../../src/api/limits/validate-constrained-args';

const validate = async (value: unknown, type: Function): Promise<void> => validateConstrainedArgs(value, type, {} as never);

function documentsArgs(first: number, province?: string): DocumentsArgs {
  const args = Object.assign(new DocumentsArgs(), { first, after: null });
  if (province !== undefined) args.filter = Object.assign(new DocumentFilterInput(), { province });
  return args;
}

describe('validateConstrainedArgs', () => {
  it('accepts arguments within their declared ranges', async () => {
    await expect(validate(documentsArgs(MAX_PAGE_SIZE, 'Hà Nội'), DocumentsArgs)).resolves.toBeUndefined();
  });

  it('rejects a range broken on the class or an inherited one, as type-graphql did', async () => {
    await expect(validate(documentsArgs(MAX_PAGE_SIZE + 1), DocumentsArgs)).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(validate(documentsArgs(-1), DocumentsArgs)).rejects.toBeInstanceOf(ArgumentValidationError);
  });

  it('rejects a broken constraint inside a nested input', async () => {
    const error = await validate(documentsArgs(5, 'x'.repeat(MAX_FILTER_STRING_LENGTH + 1)), DocumentsArgs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArgumentValidationError);
    expect(JSON.stringify((error as ArgumentValidationError).extensions.validationErrors)).toContain('province');
  });

  it('skips classes without constraints and values that are not objects', async () => {
    // The declared argument class decides: this value breaks DocumentsArgs' range, but is declared as RelationsArgs.
    await expect(validate(documentsArgs(MAX_PAGE_SIZE + 1), RelationsArgs)).resolves.toBeUndefined();
    await expect(validate(null, DocumentsArgs)).resolves.toBeUndefined();
    await expect(validate('text', String)).resolves.toBeUndefined();
  });
});
