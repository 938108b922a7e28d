import React from 'react'

import { messagesByLanguage } from '../../i18n'

import './index.scss'

/** The product's mark: a folded bulletin page with its heading rule, in the admin's text colour. */
export function BrandIcon() {
  return (
    <svg aria-hidden className="brand-icon" fill="none" height="28" viewBox="0 0 28 28" width="28">
      <path d="M6 3h12l5 5v17H6z" stroke="currentColor" strokeLinejoin="round" strokeWidth="2" />
      <path d="M18 3v5h5" stroke="currentColor" strokeLinejoin="round" strokeWidth="2" />
      <path d="M10 13h9M10 17h9M10 21h6" stroke="currentColor" strokeLinecap="round" strokeWidth="2" />
    </svg>
  )
}

/** On the sign-in page: the mark and the product's name in both languages. */
export function BrandLogo() {
  return (
    <div className="brand-logo">
      <BrandIcon />
      <div>
        <div className="brand-logo__name">{messagesByLanguage.zh.brand.name}</div>
        <div className="brand-logo__name-en">{messagesByLanguage.en.brand.name}</div>
      </div>
    </div>
  )
}
