import React from 'react'

import './preview.css'

export const metadata = { title: '预览 Preview · 简报编辑系统' }

export default function PreviewLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh">
      <body>{children}</body>
    </html>
  )
}
