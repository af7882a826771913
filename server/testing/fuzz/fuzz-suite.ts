import {
  authCases,
  csrfCases,
  originCases,
  roleCases,
  wrongCredentialCases,
} from './fuzz-access-cases.ts';
import { encodingCases } from './fuzz-encoding-cases.ts';
import { escapeCases } from './fuzz-escape-cases.ts';
import { fieldCases, keyCases } from './fuzz-input-cases.ts';
import { methodCases } from './fuzz-method-cases.ts';
import type { FuzzRequest } from './fuzz-request.ts';
import type { FuzzContext } from './fuzz-routes.ts';
import { runIdCases } from './fuzz-run-cases.ts';
import { fileIdCases, queryCases, usernameCases } from './fuzz-url-cases.ts';
import { deliveryCases } from './delivery-cases.ts';
import { libraryAuthCases, libraryPathCases } from './library-access-cases.ts';
import { libraryBodyCases } from './library-body-cases.ts';
import { libraryFieldCases } from './library-field-cases.ts';
import { libraryUploadCases } from './library-upload-cases.ts';
import { libraryEscapeCases, libraryIdCases, libraryQueryCases } from './library-url-cases.ts';
import { createPrng } from './prng.ts';
import { uploadCases } from './upload-cases.ts';

/**
 * The whole malformed-request suite for one seed, against tagcrop's API and the local library's
 * API and delivery; the same seed gives the same requests.
 */
export function generateFuzzRequests(seed: number, ctx: FuzzContext): FuzzRequest[] {
  const prng = createPrng(seed);
  return [
    ...authCases(prng, ctx, 70),
    ...csrfCases(prng, ctx, 60),
    ...originCases(prng, ctx, 25),
    ...roleCases(prng, ctx),
    ...wrongCredentialCases(prng, ctx, 8),
    ...methodCases(prng, ctx, 12),
    ...fieldCases(prng, ctx, 40),
    ...keyCases(prng, ctx, 4),
    ...encodingCases(prng, ctx, 2),
    ...queryCases(prng, ctx, 3),
    ...fileIdCases(prng, ctx, 16),
    ...usernameCases(prng, ctx),
    ...runIdCases(prng, ctx),
    ...escapeCases(prng, ctx),
    ...libraryAuthCases(prng, ctx, 3),
    ...libraryPathCases(prng, ctx),
    ...libraryBodyCases(prng, ctx, 2),
    ...libraryFieldCases(prng, ctx, 6),
    ...libraryEscapeCases(prng, ctx),
    ...libraryIdCases(prng, ctx, 12),
    ...libraryQueryCases(ctx),
    ...libraryUploadCases(ctx),
    ...uploadCases(ctx),
    ...deliveryCases(prng, ctx),
  ];
}
