/**
 * A minimal React automatic-runtime JSX transform (what `@babel/preset-react` with `runtime: 'automatic'` does
 * for production builds): <View a={1}>x</View> → _jsx(View, { a: 1, children: "x" }) imported from
 * 'react/jsx-runtime'. Used by babel.config.js only while `@babel/preset-react` (a peer dependency of
 * babel-preset-taro) is not installed; with it installed the real preset is used.
 */
const { addNamed } = require('@babel/helper-module-imports');
const syntaxJsx = require('@babel/plugin-syntax-jsx');

module.exports = function reactJsxAutomatic({ types: t }) {
  const tagExpression = (name) => {
    if (t.isJSXIdentifier(name)) {
      if (name.name === 'this') return t.thisExpression();
      return t.react.isCompatTag(name.name) ? t.stringLiteral(name.name) : t.identifier(name.name);
    }
    if (t.isJSXMemberExpression(name)) return t.memberExpression(tagExpression(name.object), t.identifier(name.property.name));
    return t.stringLiteral(`${name.namespace.name}:${name.name.name}`);
  };

  const propKey = (name) => {
    const text = t.isJSXNamespacedName(name) ? `${name.namespace.name}:${name.name.name}` : name.name;
    return t.isValidIdentifier(text, false) ? t.identifier(text) : t.stringLiteral(text);
  };

  const attributeValue = (value) => {
    if (!value) return t.booleanLiteral(true);
    if (t.isJSXExpressionContainer(value)) return value.expression;
    if (t.isStringLiteral(value)) return t.stringLiteral(value.value.replace(/\n\s+/g, ' '));
    return value;
  };

  const runtime = (path, state, name) => {
    const cache = (state.jsxImports ||= {});
    if (!cache[name]) cache[name] = addNamed(path, name, 'react/jsx-runtime', { nameHint: `_${name}` });
    return t.cloneNode(cache[name]);
  };

  const build = (path, state, type, attributes) => {
    const properties = [];
    let key = null;
    for (const attribute of attributes) {
      if (t.isJSXSpreadAttribute(attribute)) {
        properties.push(t.spreadElement(attribute.argument));
      } else if (t.isJSXIdentifier(attribute.name, { name: 'key' })) {
        key = attributeValue(attribute.value);
      } else {
        properties.push(t.objectProperty(propKey(attribute.name), attributeValue(attribute.value)));
      }
    }
    const children = t.react.buildChildren(path.node);
    if (children.length === 1) properties.push(t.objectProperty(t.identifier('children'), children[0]));
    if (children.length > 1) properties.push(t.objectProperty(t.identifier('children'), t.arrayExpression(children)));
    const args = [type, t.objectExpression(properties)];
    if (key) args.push(key);
    const call = t.callExpression(runtime(path, state, children.length > 1 ? 'jsxs' : 'jsx'), args);
    t.addComment(call, 'leading', '#__PURE__');
    path.replaceWith(t.inherits(call, path.node));
  };

  return {
    name: 'local-react-jsx-automatic',
    inherits: syntaxJsx.default || syntaxJsx,
    visitor: {
      JSXElement: {
        exit(path, state) {
          const opening = path.node.openingElement;
          build(path, state, tagExpression(opening.name), opening.attributes);
        },
      },
      JSXFragment: {
        exit(path, state) {
          build(path, state, runtime(path, state, 'Fragment'), []);
        },
      },
    },
  };
};
