import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Query-shape limits as validation rules. maxTokens stays off (it turns parse errors into HTTP 500; Apollo's
 * `parseOptions.maxTokens` answers 400 instead) and field suggestions are hidden by Apollo's
 * `hideSchemaDetailsFromClientErrors`, so only the validation rules are used.
 */
export function graphqlProtection() {
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    maxDepth: { n: 12, ignoreIntrospection: true },
    costLimit: { maxCost: 20000, ignoreIntrospection: true },
    maxAliases: { n: 20 },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: false },
  });
  return { validationRules: armor.protect().validationRules };
}
