"""The Reports page: charts and the Excel exports."""
