// Root data for the ZOO schema, written with the batch conventions ($byArgs, $error, __typename).
const rex = {
  __typename: 'Dog', id: 'd1', name: 'Rex', legs: 4, barks: true, nickname: 'Rexy', color: 'BLACK',
  owner: { id: 'p1', name: 'Ann', age: 34 },
  friends: [{ __typename: 'Cat', id: 'c1', name: 'Tom', legs: 4 }, null, { __typename: 'Dog', id: 'd2', name: 'Fido', legs: 3 }],
  isHousetrained: { $byArgs: [{ args: { atOtherHomes: true }, value: false }, { args: { atOtherHomes: false }, value: true }] },
  doesKnowCommand: { $byArgs: [{ args: { command: 'SIT' }, value: true }, { args: { command: 'HEEL' }, value: false }] },
  tricks: { $byArgs: [{ args: {}, value: ['roll', 'beg', 'sit'] }, { args: { first: 1 }, value: ['roll'] }, { args: { first: 2, after: 'roll' }, value: ['beg', 'sit'] }] },
};
const tom = { __typename: 'Cat', id: 'c1', name: 'Tom', legs: 4, meows: true, lives: 9, color: 'BLUE', nickname: 7 };
const ann = {
  __typename: 'Person', id: 'p1', name: 'Ann', age: 34, born: '1990-05-17', pets: [rex, tom],
  bestFriend: { __typename: 'Person', id: 'p2', name: 'Bo', age: 29, tags: ['x'] }, tags: ['admin', 'owner'],
};

export const ZOO_ROOT = {
  hello: 'world',
  greet: { $byArgs: [{ args: { name: 'Ann', polite: false }, value: 'hi Ann' }, { args: { name: 'Ann', polite: true }, value: 'Good day, Ann' }] },
  dog: rex,
  cat: tom,
  person: ann,
  node: { $byArgs: [{ args: { id: 'd1' }, value: rex }, { args: { id: 'c1' }, value: tom }, { args: { id: 'p1' }, value: ann }, { args: { id: 'x' }, value: { __typename: 'Ghost', id: 'x' } }] },
  pets: [rex, tom],
  animals: [tom, rex],
  things: [ann, rex, tom],
  named: ann,
  search: { $byArgs: [{ args: { filter: { name: 'a', minAge: 0 } }, value: [ann] }, { args: {}, value: [rex, ann, tom] }] },
  lookup: { $byArgs: [{ args: { by: { id: 'd1' } }, value: rex }, { args: { by: { name: 'Tom' } }, value: tom }] },
  distance: { $byArgs: [{ args: { from: { x: 3, y: 4, label: 'origin' }, to: { x: 0, y: 0, label: 'origin' } }, value: 5 }] },
  color: { $byArgs: [{ args: { c: 'RED' }, value: 'RED' }, { args: {}, value: 'GREEN' }, { args: { c: null }, value: 'BLUE' }] },
  colors: ['RED', 'BLUE'],
  json: { $byArgs: [{ args: { v: { a: [1, 'b', null, { c: 'ENUMISH' }] } }, value: { echoed: true, list: [1, 2.5, 'x'] } }] },
  today: '2024-02-29',
  count: 3,
  nonNull: 'here',
  oldField: 'old',
  rename: { $byArgs: [{ args: { id: 'p1', name: 'Anna' }, value: { __typename: 'Person', id: 'p1', name: 'Anna' } }] },
  increment: { $byArgs: [{ args: { by: 1 }, value: 1 }, { args: { by: 5 }, value: 5 }] },
  fail: { $error: 'mutation failed' },
  ticks: 1,
  tocks: 2,
  news: 'extra',
};
