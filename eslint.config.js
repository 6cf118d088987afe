import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const features = [
  'offers',
  'priorities',
  'compare',
  'finance',
  'sharing',
  'outcomes',
  'takehome',
  'negotiate',
  'portfolio',
  'panel',
];

/** Each feature folder may not import from a sibling feature: features meet in src/app and the store. */
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: features
          .filter((other) => other !== feature)
          .map((other) => ({
            group: [
              `@/features/${other}`,
              `@/features/${other}/*`,
              `**/features/${other}`,
              `**/features/${other}/*`,
              `../${other}`,
              `../${other}/*`,
              `../../${other}/*`,
            ],
            message: `Feature "${feature}" must not import from feature "${other}"; share through src/components, src/domain or the store.`,
          })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'coverage', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject HTML: render text.',
        },
      ],
    },
  },
  {
    // The engine is pure: no React, no store, no features, no UI.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/domain is pure: no React.',
            },
            { group: ['zustand', 'zustand/*'], message: 'src/domain is pure: no store.' },
            { group: ['recharts', 'recharts/*'], message: 'src/domain is pure: no charts.' },
            {
              group: [
                '@/state/*',
                '@/features/*',
                '@/components/*',
                '@/app/*',
                '**/state/*',
                '**/features/*',
                '**/components/*',
                '**/app/*',
              ],
              message: 'src/domain must not import from the store, features, components or app.',
            },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
);
