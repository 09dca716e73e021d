// The query a developer sees on a first visit (GraphiQL keeps their own tabs in localStorage afterwards).
export const DEFAULT_QUERY = `# Formasi GraphQL API
#
# Most fields need a signed-in user. Either
#  - sign in on the admin app in this browser first: it is the
#    same origin, so its httpOnly session cookie is sent here too;
#  - or run the SignIn mutation below with your own account
#    (pick "SignIn" from the run button menu); it sets that cookie.
#
# Then run FirstPositions. Lists are Relay connections: \`first\`
# takes at most 100; pass pageInfo.endCursor as \`after\` for the
# next page. Ctrl-Enter runs, Shift-Ctrl-P prettifies.

mutation SignIn {
  login(email: "you@example.go.id", password: "your password") {
    name
    roles
  }
}

query FirstPositions {
  positions(first: 5) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        name
        level
        unit {
          name
        }
        sector {
          name
        }
      }
    }
  }
}
`;
