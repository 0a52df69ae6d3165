// The registry's errors, each with the gRPC status name it is answered with
// (src/api maps the name; the registry knows no gRPC).

export type RegistryErrorCode = 'INVALID_ARGUMENT' | 'NOT_FOUND' | 'FAILED_PRECONDITION' | 'RESOURCE_EXHAUSTED' | 'UNAVAILABLE' | 'OUT_OF_RANGE';

export class RegistryError extends Error {
  constructor(readonly code: RegistryErrorCode, message: string) {
    super(message);
    this.name = 'RegistryError';
  }
}

export const unknownInstance = (service: string, id: string): RegistryError =>
  new RegistryError('NOT_FOUND', `registry: instance "${id}" of service "${service}" is not registered`);

export const unknownCheck = (service: string, id: string, checkId: string): RegistryError =>
  new RegistryError('NOT_FOUND', `registry: instance "${id}" of service "${service}" has no check "${checkId}"`);
