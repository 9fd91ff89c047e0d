// Cases where graphql-js 16.15 follows a later draft than the October 2021 specification the engine targets.
// They stay in the corpus (the batch tools still run them) but carry "exclude" with the reason, and the
// differential test leaves them out of the comparison.
import { TINY } from './schemas.mjs';

const reason = 'graphql-js 16.15 accepts descriptions on executable definitions (later spec draft); the October 2021 grammar does not.';
const cases = [
  ['operation-description', '"Fetches a." query Q { a }'],
  ['block-description-on-operation', '"""\nFetches a.\n"""\nquery Q { a }'],
  ['fragment-description', '{ ...F } "A fragment." fragment F on Query { a }'],
  ['variable-description', 'query Q("the value" $v: Int) { b a @skip(if: false) } '],
];

export default cases.map(([name, query]) => ({ id: `excluded/${name}`, sdl: TINY, query, root: { a: 'x', b: 1 }, exclude: reason }));
