// The page's only way to the data: hand-written GraphQL operations POSTed to the API's endpoint, the same one
// GraphiQL and other clients use. No introspection: the node fields asked for are listed here, and the server's
// own validation errors prune a type or field the deployed schema does not (yet) have, so the page keeps
// working while the schema grows.

const TOKEN_KEY = 'clues.token';

/** The scalar fields asked for on each concrete node type, beyond __typename and id. */
const NODE_TYPE_FIELDS = {
  Person: ['name', 'gender', 'birthDate', 'nationalIdMasked', 'managementLevel', 'politicalStatus', 'isCadre'],
  Unit: ['name', 'kind'],
  Position: ['title', 'rank', 'leadingTeamMember', 'start', 'end'],
  Company: ['name', 'creditCode', 'legalRepresentative', 'registeredCapital', 'establishedOn'],
  Project: ['name', 'kind', 'budget', 'start', 'end'],
  Fund: ['name', 'kind', 'amount', 'year'],
  Payment: ['amount', 'paidOn', 'purpose', 'voucherNo'],
  Clue: ['code', 'source', 'receivedOn', 'summary', 'problems', 'status', 'hasSealedReporter'],
  InspectionRound: ['name', 'kind', 'committee', 'number', 'level', 'start', 'end'],
  InspectionGroup: ['name', 'number', 'leaderName'],
  Body: ['name', 'kind', 'level'],
  Jurisdiction: ['name', 'code', 'level'],
};

/**
 * Every field is asked for under an alias naming its type (Unit_kind: kind), because GraphQL forbids one response
 * name with two different types in a selection, and the node types disagree (kind is UnitKind on Unit but
 * ProjectKind on Project; end is Date on Position but Date! on InspectionRound). plain() takes the aliases off.
 */
const alias = (type, field) => `${type}_${field}`;

export class GraphQLError extends Error {
  constructor(messages, status) {
    super(messages.join('；'));
    this.messages = messages;
    this.status = status;
  }
}

export function storedToken() {
  try {
    return localStorage.getItem(TOKEN_KEY) || null;
  } catch {
    // Storage can be disabled by the browser's privacy settings; the page then works without a token.
    return null;
  }
}

export function storeToken(token) {
  if (token) {
    localStorage.setItem(TOKEN_KEY, token);
  } else {
    localStorage.removeItem(TOKEN_KEY);
  }
}

export class CluesApi {
  constructor(endpoint) {
    this.endpoint = endpoint;
    // Copies, because pruning edits them.
    this.typeFields = Object.fromEntries(Object.entries(NODE_TYPE_FIELDS).map(([type, fields]) => [type, [...fields]]));
  }

  nodeSelection() {
    const fragments = Object.entries(this.typeFields)
      .map(([type, fields]) => (fields.length > 0 ? ` ... on ${type} { ${fields.map((f) => `${alias(type, f)}: ${f}`).join(' ')} }` : ''))
      .join('');
    return `__typename id${fragments}`;
  }

  async post(query, variables) {
    const headers = {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json;q=0.9',
    };
    const token = storedToken();
    if (token) {
      headers.Authorization = /^bearer\s/i.test(token) ? token : `Bearer ${token}`;
    }

    const response = await fetch(this.endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    let body = null;
    try {
      body = await response.json();
    } catch {
      // Not JSON (a proxy's error page, say): reported below with the status.
    }

    if (!body || typeof body !== 'object') {
      throw new GraphQLError([`HTTP ${response.status}`], response.status);
    }

    if (body.errors?.length && !body.data) {
      throw new GraphQLError(body.errors.map((e) => e.message ?? String(e)), response.status);
    }

    return body;
  }

  /**
   * Runs an operation whose text embeds the node selection (build(selection) returns the document). When the
   * server rejects a node type or field that this page asks for but the schema lacks, drops it and retries.
   */
  async run(build, variables) {
    for (let attempt = 0; attempt < 12; attempt++) {
      try {
        return await this.post(build(this.nodeSelection()), variables);
      } catch (error) {
        if (!(error instanceof GraphQLError) || !this.prune(error.messages)) {
          throw error;
        }
      }
    }

    throw new GraphQLError(['节点字段与服务端模式不一致'], 0);
  }

  prune(messages) {
    let pruned = false;
    for (const message of messages) {
      const unknownType = /Unknown type "(\w+)"/.exec(message);
      if (unknownType && unknownType[1] in this.typeFields) {
        delete this.typeFields[unknownType[1]];
        pruned = true;
        continue;
      }

      const unknownField = /Cannot query field "(\w+)" on type "(\w+)"/.exec(message);
      const fields = unknownField && this.typeFields[unknownField[2]];
      if (fields?.includes(unknownField[1])) {
        fields.splice(fields.indexOf(unknownField[1]), 1);
        pruned = true;
      }
    }

    return pruned;
  }

  /** A node as the server sent it, with the type aliases taken off its field names. */
  static plain(node) {
    const prefix = `${node.__typename}_`;
    const result = {};
    for (const [key, value] of Object.entries(node)) {
      result[key.startsWith(prefix) ? key.slice(prefix.length) : key] = value;
    }
    return result;
  }

  async search(text, first = 20) {
    const body = await this.run(
      (node) => `query ExplorerSearch($text: String!, $first: Int) { search(text: $text, first: $first) { rank node { ${node} } } }`,
      { text, first },
    );
    return (body.data?.search ?? []).map((hit) => ({ ...hit, node: CluesApi.plain(hit.node) }));
  }

  async neighborhood(id, depth = 1, limit = 200) {
    const body = await this.run(
      (node) => `query ExplorerNeighborhood($id: ID!, $depth: Int, $limit: Int) {
        neighborhood(id: $id, depth: $depth, limit: $limit) {
          nodes { node { ${node} } depth degree omittedNeighbors }
          edges { id type source target validFrom validTo }
          totalReachable omittedNodes truncated
        }
      }`,
      { id, depth, limit },
    );
    const subgraph = body.data?.neighborhood;
    return subgraph ? { ...subgraph, nodes: subgraph.nodes.map((entry) => ({ ...entry, node: CluesApi.plain(entry.node) })) } : null;
  }

  async paths(from, to, maxHops = 6, limit = 20) {
    // Every shortest path, not just one: an analyst wants to see all the equally short routes between two people.
    const body = await this.run(
      (node) => `query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int) {
        paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, mode: ALL_SHORTEST) {
          paths { length nodes { ${node} } edges { id type source target } }
          truncated
        }
      }`,
      { from, to, maxHops, limit },
    );
    const set = body.data?.paths ?? { paths: [], truncated: false };
    return { ...set, paths: set.paths.map((path) => ({ ...path, nodes: path.nodes.map(CluesApi.plain) })) };
  }
}
