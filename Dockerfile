# Kursk Claims, for a shared internal deployment. Build: docker build -t kursk-claims .
FROM python:3.11-slim

# Debian's Chromium renders the screenshot reports (python -m claims report).
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 10001 claims
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt "streamlit[auth]==1.67.0"
COPY . .
# The database is built at image build time from data/, owned by the app user.
RUN python -m claims build && chown -R claims:claims /app/data

USER claims
ENV CLAIMS_DB=/app/data/claims.duckdb \
    CHROMIUM_PATH=/usr/bin/chromium \
    BROWSER_PATH=/usr/bin/chromium
EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status != 200)"
CMD ["streamlit", "run", "app.py", "--server.address=0.0.0.0", "--server.port=8501"]
