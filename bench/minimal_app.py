import streamlit as st

st.title("Minimal Streamlit page")
