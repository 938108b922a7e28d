# Bulletin CMS for docker-compose (MongoDB). Build: docker compose build
FROM node:20-bookworm-slim
WORKDIR /app
# The print edition embeds the Noto CJK fonts; Debian's package is the only font source.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-noto-cjk && rm -rf /var/lib/apt/lists/*
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY test/stubs ./test/stubs
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV NODE_ENV=production PORT=3000
EXPOSE 3000
CMD ["npm", "start"]
