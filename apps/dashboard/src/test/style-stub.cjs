// CSS imports have no meaning in jsdom; the component tests check behaviour, not styling.
module.exports = {};
