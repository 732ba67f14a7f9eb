/** Why a whole upload could not be read, as opposed to problems with some of its rows. */
export type ContainerErrorCode =
  | 'not-a-zip'
  | 'zip-too-many-entries'
  | 'zip-too-large'
  | 'zip-compression-ratio'
  | 'zip-encrypted'
  | 'zip-unsupported'
  | 'unreadable';

/**
 * Thrown only when the upload itself cannot be read safely (not a zip, a zip bomb, an unreadable
 * file). Bad rows and bad headers never throw; they become problems.
 */
export class ImportContainerError extends Error {
  constructor(
    readonly code: ContainerErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportContainerError';
  }
}
