import { GraphQLError } from 'graphql';

/** Thrown when an id does not name a stored row; answered as NOT_FOUND with the argument's name. */
export class NotFoundError extends GraphQLError {
  constructor(entity: string, id: string, field = 'id') {
    super(`${entity} ${id} does not exist.`, { extensions: { code: 'NOT_FOUND', field, entity } });
  }
}

export const unauthenticated = (message = 'Sign in first.'): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });

export const forbidden = (message = 'Your role does not allow this.'): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
