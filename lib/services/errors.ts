/** Errors a service throws; actions turn them into a Danish message and change nothing. */
export class ServiceError extends Error {}

export class ForbiddenError extends ServiceError {
  constructor(message = "Du har ikke rettighed til at gøre dette.") {
    super(message);
  }
}

export class NotFoundError extends ServiceError {
  constructor(message = "Det findes ikke (længere).") {
    super(message);
  }
}

export class ValidationError extends ServiceError {
  constructor(
    readonly fieldErrors: Record<string, string[]>,
    message = "Ret de markerede felter, og prøv igen.",
  ) {
    super(message);
  }
}

/** A stale edit: someone saved a newer version since the form was opened. */
export class ConflictError extends ServiceError {
  constructor(
    message: string,
    readonly current: Record<string, string> = {},
  ) {
    super(message);
  }
}
